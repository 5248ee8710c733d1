package dev.dockwright.templates;

/**
 * The package managers the templates install dependencies with, each for one language.
 *
 * <pre>{@code
 * PackageManager.PNPM.language()   // NODE
 * PackageManager.PNPM.text()       // "pnpm"
 * }</pre>
 */
public enum PackageManager {
  NPM(Language.NODE, "npm"),
  /** Yarn 1, which reads {@code yarn.lock} v1 and installs into node_modules. */
  YARN_CLASSIC(Language.NODE, "yarn classic"),
  /** Yarn 2 and later, run through corepack (or the project's {@code yarnPath}). */
  YARN_BERRY(Language.NODE, "yarn berry"),
  PNPM(Language.NODE, "pnpm"),
  BUN(Language.NODE, "bun"),
  /** pip with requirements files. */
  PIP(Language.PYTHON, "pip"),
  POETRY(Language.PYTHON, "poetry"),
  UV(Language.PYTHON, "uv"),
  PIPENV(Language.PYTHON, "pipenv"),
  GO_MODULES(Language.GO, "go modules");

  private final Language language;
  private final String text;

  PackageManager(Language language, String text) {
    this.language = language;
    this.text = text;
  }

  /** The language whose packages it installs. */
  public Language language() {
    return language;
  }

  /** The name as people write it. */
  public String text() {
    return text;
  }
}
