package dev.dockwright.model;

import java.util.Locale;

/**
 * The builder a Dockerfile is written for. They accept different subsets of the syntax: BuildKit all of it;
 * buildah (and podman) mounts but no heredocs, {@code --link}, {@code --parents}, {@code --exclude},
 * {@code --checksum}, {@code RUN --network/--security} or secret {@code env=}; the legacy builder of the
 * Docker Engine without BuildKit none of the BuildKit additions.
 *
 * <pre>{@code
 * BuilderTarget.parse("buildah")   // BUILDAH
 * }</pre>
 */
public enum BuilderTarget {
  BUILDKIT,
  BUILDAH,
  LEGACY;

  /** The name as the command line writes it: lower case. */
  public String text() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads {@code buildkit}, {@code buildah} or {@code legacy}, in any case. */
  public static BuilderTarget parse(String text) {
    for (BuilderTarget t : values()) {
      if (t.text().equalsIgnoreCase(text)) {
        return t;
      }
    }
    throw new IllegalArgumentException("not a builder target: \"" + text + "\" (expected buildkit, buildah or legacy)");
  }
}
