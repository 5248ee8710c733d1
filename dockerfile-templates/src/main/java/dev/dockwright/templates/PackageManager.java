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
  /** npm, with {@code package-lock.json}. */
  NPM(Language.NODE, "npm"),
  /** Yarn 1, which reads {@code yarn.lock} v1 and installs into node_modules. */
  YARN_CLASSIC(Language.NODE, "yarn classic"),
  /** Yarn 2 and later, run through corepack (or the project's {@code yarnPath}). */
  YARN_BERRY(Language.NODE, "yarn berry"),
  /** pnpm, with {@code pnpm-lock.yaml}. */
  PNPM(Language.NODE, "pnpm"),
  /** bun, with {@code bun.lockb} or {@code bun.lock}. */
  BUN(Language.NODE, "bun"),
  /** pip with requirements files. */
  PIP(Language.PYTHON, "pip"),
  /** Poetry, with {@code poetry.lock}. */
  POETRY(Language.PYTHON, "poetry"),
  /** uv, with {@code uv.lock}. */
  UV(Language.PYTHON, "uv"),
  /** Pipenv, with {@code Pipfile.lock}. */
  PIPENV(Language.PYTHON, "pipenv"),
  /** Go modules, with {@code go.mod} and {@code go.sum}. */
  GO_MODULES(Language.GO, "go modules");

  private final Language language;
  private final String text;

  PackageManager(Language language, String text) {
    this.language = language;
    this.text = text;
  }

  /**
   * The language whose packages it installs.
   *
   * @return the language
   */
  public Language language() {
    return language;
  }

  /**
   * The name as people write it.
   *
   * @return the name, such as {@code yarn berry}
   */
  public String text() {
    return text;
  }
}
