package dev.dockwright.text;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the option nearest to a misspelt name, as BuildKit does for "did you mean ...?" hints: in parse errors
 * (unknown instructions, flags, mount keys) and in lint messages (undefined variables).
 *
 * <pre>{@code
 * Suggestions.nearest("COPPY", List.of("COPY", "RUN"), false);   // Optional[COPY]
 * }</pre>
 */
public final class Suggestions {
  private Suggestions() {}

  /**
   * The closest option within an edit distance of 2, or empty when there is none or the value matches an
   * option exactly (then the error was about something else).
   *
   * @param value the name as written
   * @param options the names it may have meant
   * @param caseSensitive whether case counts
   * @return the nearest option, in the case of {@code value} when case does not count
   */
  public static Optional<String> nearest(String value, Collection<String> options, boolean caseSensitive) {
    String v = caseSensitive ? value : value.toLowerCase(Locale.ROOT);
    String match = null;
    int best = 3;
    for (String option : options) {
      String o = caseSensitive ? option : option.toLowerCase(Locale.ROOT);
      if (v.equals(o)) {
        return Optional.empty();
      }
      int d = distance(v, o);
      if (d < best) {
        best = d;
        match = caseSensitive ? o : matchCase(o, value);
      }
    }
    return Optional.ofNullable(match);
  }

  /**
   * The message with BuildKit's hint appended when a near option exists.
   *
   * @param message the message
   * @param value the name as written
   * @param options the names it may have meant
   * @param caseSensitive whether case counts
   * @return the message, with {@code (did you mean X?)} when an option is near
   */
  public static String withHint(String message, String value, Collection<String> options, boolean caseSensitive) {
    return nearest(value, options, caseSensitive).map(m -> message + " (did you mean " + m + "?)").orElse(message);
  }

  private static String matchCase(String option, String original) {
    if (original.equals(original.toLowerCase(Locale.ROOT))) {
      return option.toLowerCase(Locale.ROOT);
    }
    if (original.equals(original.toUpperCase(Locale.ROOT))) {
      return option.toUpperCase(Locale.ROOT);
    }
    return option;
  }

  // Levenshtein distance, two rows; inputs are short names.
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
