package dev.dockwright.templates;

import java.util.Locale;

/**
 * The languages the templates know.
 *
 * <pre>{@code
 * Language.NODE.text()   // "node"
 * }</pre>
 */
public enum Language {
  /** Node.js: npm, yarn, pnpm or bun. */
  NODE,
  /** Python: pip, poetry, uv or pipenv. */
  PYTHON,
  /** Go, with modules. */
  GO;

  /**
   * The name in lower case, as the command line writes it.
   *
   * @return {@code node}, {@code python} or {@code go}
   */
  public String text() {
    return name().toLowerCase(Locale.ROOT);
  }
}
