package dev.dockwright.templates;

import java.util.Locale;
import java.util.Optional;

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

  /**
   * Reads a template name as the command line and the Maven plugin take it: {@code node}, {@code python} or
   * {@code go}, or {@code auto} for whichever the project directory is; in any case, blanks around ignored.
   *
   * <pre>{@code
   * Language.parseTemplate("Go")     // Optional[GO]
   * Language.parseTemplate("auto")   // Optional.empty
   * }</pre>
   *
   * @param text the name
   * @return the language; empty for {@code auto}
   * @throws IllegalArgumentException naming the accepted values, when the name is none of them
   */
  public static Optional<Language> parseTemplate(String text) {
    String name = text.trim();
    if (name.equalsIgnoreCase("auto")) {
      return Optional.empty();
    }
    for (Language language : values()) {
      if (language.text().equalsIgnoreCase(name)) {
        return Optional.of(language);
      }
    }
    throw new IllegalArgumentException("not a template: \"" + text + "\" (expected node, python, go or auto)");
  }
}
