package dev.dockwright.templates;

import dev.dockwright.model.ImageRef;
import java.util.List;
import java.util.Map;

/**
 * The pinned base images and the language versions they exist for. Tags are pinned to a patch release; a
 * digest is added when the options give one for the exact reference.
 */
final class BaseImages {
  private BaseImages() {}

  static final String NODE_DEFAULT = "22.12.0";
  static final String PYTHON_DEFAULT = "3.12.8";
  static final String GO_DEFAULT = "1.23.4";

  /** The newest patch release of each Node major with pinned images, default first. */
  static final Map<String, String> NODE_RELEASES =
      Map.of("22", "22.12.0", "20", "20.18.1", "18", "18.20.5", "23", "23.4.0");
  static final List<String> NODE_PREFERENCE = List.of("22", "20", "23", "18");

  /** The newest patch release of each Python minor with pinned images, default first. */
  static final Map<String, String> PYTHON_RELEASES =
      Map.of("3.12", "3.12.8", "3.13", "3.13.1", "3.11", "3.11.11", "3.10", "3.10.16", "3.9", "3.9.21");
  static final List<String> PYTHON_PREFERENCE = List.of("3.12", "3.13", "3.11", "3.10", "3.9");

  /** The newest patch release of each Go minor with pinned images. */
  static final Map<String, String> GO_RELEASES = Map.of("1.23", "1.23.4", "1.22", "1.22.10", "1.21", "1.21.13");

  /** Distroless Python is Debian 12's Python. */
  static final String DISTROLESS_PYTHON = "3.11";
  static final String DISTROLESS_PYTHON_IMAGE = "gcr.io/distroless/python3-debian12:nonroot";
  /** Builds the virtualenv for distroless, so that its interpreter path exists there: /usr/bin/python3. */
  static final String DEBIAN_SLIM = "debian:12.8-slim";
  static final String PYTHON3_VENV_PACKAGE = "python3-venv=3.11.2-*";
  /** Debian 12's pip (23.0.1), for pip --python into a virtualenv made without pip. */
  static final String PYTHON3_PIP_PACKAGE = "python3-pip=23.0.1+dfsg-*";
  static final String GO_DISTROLESS = "gcr.io/distroless/static-debian12:nonroot";
  static final String UV_IMAGE = "ghcr.io/astral-sh/uv:0.5.11";
  static final String POETRY_VERSION = "1.8.5";
  static final String PIPENV_VERSION = "2024.4.0";
  static final String PYTEST_VERSION = "8.3.4";
  static final String PNPM_VERSION = "9.15.0";
  static final String YARN_BERRY_VERSION = "4.5.3";
  static final String BUN_VERSION = "1.1.38";
  /** Bun's text lock file, bun.lock, needs Bun 1.2. */
  static final String BUN_TEXT_LOCK_VERSION = "1.2.2";
  static final String TINI_PACKAGE = "tini=0.19.0-*";
  static final String DUMB_INIT_PACKAGE = "dumb-init=1.2.5-*";

  static String nodeSlim(String version) {
    return "node:" + version + "-bookworm-slim";
  }

  static String nodeAlpine(String version) {
    return "node:" + version + "-alpine3.21";
  }

  static String nodeDistroless(String version) {
    String major = major(version);
    if (!major.equals("20") && !major.equals("22")) {
      throw new IllegalArgumentException(
          "distroless has no image for Node " + major + " (nodejs20 and nodejs22 exist): choose slim or alpine");
    }
    return "gcr.io/distroless/nodejs" + major + "-debian12:nonroot";
  }

  static String pythonSlim(String version) {
    return "python:" + version + "-slim-bookworm";
  }

  static String pythonAlpine(String version) {
    return "python:" + version + "-alpine3.21";
  }

  static String golang(String version) {
    return "golang:" + version + "-bookworm";
  }

  /** The image reference, with the digest the options give for it. */
  static ImageRef ref(String image, TemplateOptions options) {
    String digest = options.digests().get(image);
    return ImageRef.of(digest == null ? image : image + "@" + digest);
  }

  static String major(String version) {
    int dot = version.indexOf('.');
    return dot < 0 ? version : version.substring(0, dot);
  }

  static String minor(String version) {
    String[] parts = version.split("\\.");
    return parts.length < 2 ? version : parts[0] + "." + parts[1];
  }
}
