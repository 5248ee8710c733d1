package dev.dockwright.lint;

import java.util.Locale;

/**
 * How serious a finding is. Ordered: {@code ERROR} is the most severe.
 *
 * <pre>{@code
 * finding.severity().isAtLeast(Severity.WARNING)
 * }</pre>
 */
public enum Severity {
  ERROR,
  WARNING,
  INFO;

  /** Whether this is as severe as {@code threshold} or more. */
  public boolean isAtLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  /** Lower case, as reports write it. */
  public String text() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Reads {@code error}, {@code warning} or {@code info}. */
  public static Severity parse(String text) {
    for (Severity s : values()) {
      if (s.text().equalsIgnoreCase(text)) {
        return s;
      }
    }
    throw new IllegalArgumentException("not a severity: \"" + text + "\" (expected error, warning or info)");
  }
}
