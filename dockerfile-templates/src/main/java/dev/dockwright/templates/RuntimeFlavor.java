package dev.dockwright.templates;

import java.util.Locale;

/**
 * The base image of the final stage. Each is a trade-off:
 * <ul>
 *   <li>{@link #SLIM}: Debian slim, glibc, a shell and apt for debugging; the default for Node and Python.
 *   <li>{@link #ALPINE}: smaller, musl instead of glibc, so native modules and wheels must be built for musl
 *       (the build stages then use Alpine too).
 *   <li>{@link #DISTROLESS}: Google's distroless images, no shell and no package manager, nothing to attack
 *       but the runtime; the language version is the one distroless ships (Python 3.11), and nothing can be
 *       installed or debugged inside. The default for Go (distroless static).
 *   <li>{@link #SCRATCH}: Go only: the empty image, the binary and CA certificates alone.
 * </ul>
 *
 * <pre>{@code
 * RuntimeFlavor.parse("alpine")   // ALPINE
 * }</pre>
 */
public enum RuntimeFlavor {
  /** Debian slim images (Node and Python): a shell and glibc. */
  SLIM,
  /** Alpine images (Node and Python): musl, the smallest with a shell. */
  ALPINE,
  /** Distroless images: no shell, no package manager. */
  DISTROLESS,
  /** Nothing at all (Go only): the static binary and CA certificates. */
  SCRATCH;

  /**
   * The name in lower case.
   *
   * @return {@code slim}, {@code alpine}, {@code distroless} or {@code scratch}
   */
  public String text() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Whether the flavour exists for the language: slim, alpine, distroless for Node and Python; scratch, distroless for Go.
   *
   * @param language the language
   * @return whether a template of the language can use it
   */
  public boolean appliesTo(Language language) {
    return language == Language.GO ? this == SCRATCH || this == DISTROLESS : this != SCRATCH;
  }

  /**
   * The flavour used when none is chosen: distroless (static) for Go, slim otherwise.
   *
   * @param language the language
   * @return the default flavour
   */
  public static RuntimeFlavor defaultFor(Language language) {
    return language == Language.GO ? DISTROLESS : SLIM;
  }

  /**
   * Reads {@code slim}, {@code alpine}, {@code distroless} or {@code scratch}, in any case.
   *
   * @param text the name
   * @return the flavour
   * @throws IllegalArgumentException when the name is none of them
   */
  public static RuntimeFlavor parse(String text) {
    for (RuntimeFlavor f : values()) {
      if (f.text().equalsIgnoreCase(text)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "not a runtime flavour: \"" + text + "\" (expected slim, alpine, distroless or scratch)");
  }
}
