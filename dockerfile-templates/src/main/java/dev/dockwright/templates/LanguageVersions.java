package dev.dockwright.templates;

import java.util.Locale;
import java.util.TreeSet;

/**
 * Turns a requested language version into one with pinned images: a full version ({@code 20.11.1}) is taken
 * as it is; a partial one ({@code 20}, {@code 3.11}) becomes the newest patch release that has pinned images;
 * a range picks the preferred release it allows.
 */
final class LanguageVersions {
  private LanguageVersions() {}

  /** A Node version from options, .nvmrc or .node-version: {@code 22}, {@code v20.11.1}, {@code lts/iron}. */
  static String node(String requested) {
    String r = requested.strip().toLowerCase(Locale.ROOT);
    if (r.startsWith("v")) {
      r = r.substring(1);
    }
    switch (r) {
      case "node", "lts/*", "lts", "stable", "latest":
        return BaseImages.NODE_DEFAULT;
      case "lts/jod":
        return BaseImages.NODE_RELEASES.get("22");
      case "lts/iron":
        return BaseImages.NODE_RELEASES.get("20");
      case "lts/hydrogen":
        return BaseImages.NODE_RELEASES.get("18");
      default:
        break;
    }
    if (r.matches("\\d+\\.\\d+\\.\\d+")) {
      return r;
    }
    String release = r.matches("\\d+(\\.\\d+)?(\\.x)?") ? BaseImages.NODE_RELEASES.get(BaseImages.major(r)) : null;
    if (release == null) {
      throw new IllegalArgumentException("no pinned Node image for \"" + requested + "\" (known majors: "
          + new TreeSet<>(BaseImages.NODE_RELEASES.keySet()) + "): give a full version such as 20.18.1");
    }
    return release;
  }

  /** The preferred Node release that package.json's {@code engines.node} range allows, or null. */
  static String nodeForRange(String range) {
    String major = VersionRange.first(BaseImages.NODE_PREFERENCE,
        m -> VersionRange.npmAllows(range, BaseImages.NODE_RELEASES.get(m)));
    return major == null ? null : BaseImages.NODE_RELEASES.get(major);
  }

  /** A Python version from options, .python-version or runtime.txt: {@code 3.11}, {@code 3.12.8}. */
  static String python(String requested) {
    String r = requested.strip().toLowerCase(Locale.ROOT).replaceFirst("^python-?", "");
    if (r.matches("3\\.\\d+\\.\\d+")) {
      return r;
    }
    String release = r.matches("3\\.\\d+") ? BaseImages.PYTHON_RELEASES.get(r) : null;
    if (release == null) {
      throw new IllegalArgumentException("no pinned Python image for \"" + requested + "\" (known: "
          + new TreeSet<>(BaseImages.PYTHON_RELEASES.keySet()) + "): give a full version such as 3.12.8");
    }
    return release;
  }

  /** The preferred Python release that the specifiers allow, or null. */
  static String pythonForSpecifiers(String specifiers) {
    String minor = VersionRange.first(BaseImages.PYTHON_PREFERENCE,
        m -> VersionRange.pythonAllows(specifiers, BaseImages.PYTHON_RELEASES.get(m)));
    return minor == null ? null : BaseImages.PYTHON_RELEASES.get(minor);
  }

  /** A Go version from options: {@code 1.22}, {@code 1.22.10}. */
  static String go(String requested) {
    String r = requested.strip().replaceFirst("^go", "");
    if (r.matches("1\\.\\d+\\.\\d+")) {
      return r;
    }
    String release = r.matches("1\\.\\d+") ? BaseImages.GO_RELEASES.get(r) : null;
    if (release == null) {
      throw new IllegalArgumentException("no pinned Go image for \"" + requested + "\" (known: "
          + new TreeSet<>(BaseImages.GO_RELEASES.keySet()) + "): give a full version such as 1.23.4");
    }
    return release;
  }
}
