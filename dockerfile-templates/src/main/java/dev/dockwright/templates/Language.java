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
  NODE,
  PYTHON,
  GO;

  /** The name in lower case, as the command line writes it. */
  public String text() {
    return name().toLowerCase(Locale.ROOT);
  }
}
