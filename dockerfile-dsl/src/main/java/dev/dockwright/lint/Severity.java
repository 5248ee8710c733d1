package dev.dockwright.lint;

import java.util.Locale;

/**
 * How serious a finding is. Ordered: {@code ERROR} is the most severe.
 *
 * <pre>{@code
 * Severity.parse("warning").isAtLeast(Severity.INFO)   // true
 * Severity.INFO.isAtLeast(Severity.WARNING)            // false
 * }</pre>
 */
public enum Severity {
  /** The most severe: the build fails, or likely does something else than meant; SARIF level {@code error}. */
  ERROR,
  /** Legal but likely wrong or wasteful; SARIF level {@code warning}. */
  WARNING,
  /** A suggestion; SARIF level {@code note}. */
  INFO;

  /**
   * Whether this is as severe as {@code threshold} or more.
   *
   * @param threshold the least severity wanted
   * @return true when this is {@code threshold} or more severe
   */
  public boolean isAtLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  /**
   * The name as reports and the command line write it.
   *
   * @return {@code error}, {@code warning} or {@code info}
   */
  public String text() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * Reads a severity as {@link #text()} writes it, in any case.
   *
   * @param text {@code error}, {@code warning} or {@code info}
   * @return the severity
   * @throws IllegalArgumentException for any other text; the message lists the accepted ones
   */
  public static Severity parse(String text) {
    for (Severity s : values()) {
      if (s.text().equalsIgnoreCase(text)) {
        return s;
      }
    }
    throw new IllegalArgumentException("not a severity: \"" + text + "\" (expected error, warning or info)");
  }
}
