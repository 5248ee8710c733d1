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
  /** BuildKit ({@code docker build}, {@code docker buildx}): all of the syntax. */
  BUILDKIT,
  /** Buildah and podman: mounts, but none of the other BuildKit additions listed above. */
  BUILDAH,
  /** The Docker Engine's builder without BuildKit: none of the BuildKit additions. */
  LEGACY;

  /**
   * The name as the command line writes it.
   *
   * @return {@code "buildkit"}, {@code "buildah"} or {@code "legacy"}
   */
  public String text() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads {@code buildkit}, {@code buildah} or {@code legacy}, in any case.
   *
   * @param text the name
   * @return the target
   * @throws IllegalArgumentException with {@code not a builder target: "..."} for any other text
   */
  public static BuilderTarget parse(String text) {
    for (BuilderTarget t : values()) {
      if (t.text().equalsIgnoreCase(text)) {
        return t;
      }
    }
    throw new IllegalArgumentException("not a builder target: \"" + text + "\" (expected buildkit, buildah or legacy)");
  }
}
