package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.model.SourcePosition;
import dev.dockwright.parser.syntax.Instruction;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * How BuildKit's checks word their messages: Go's {@code %q} quoting and the "did you mean" search of its
 * {@code suggest} package, and where a check reports an instruction that only the syntax tree has.
 *
 * <pre>{@code
 * BuildKitText.quote("a\"b");                                   // "\"a\\\"b\""
 * BuildKitText.suggest("PAHT", List.of("PATH", "HOME"), true);   // Optional[PATH]
 * }</pre>
 */
final class BuildKitText {
  private BuildKitText() {}

  /** Go's {@code %q} of a string: double quotes, with backslash escapes for quotes and control characters. */
  static String quote(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        case '\r' -> sb.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            sb.append(String.format("\\x%02x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  /**
   * The option closest to {@code value} within an edit distance of 2, the first one at the smallest distance;
   * empty when there is none, or when an option equals the value (then the value is not misspelt).
   */
  static Optional<String> suggest(String value, Collection<String> options, boolean caseSensitive) {
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

  private static String matchCase(String option, String original) {
    if (original.equals(original.toLowerCase(Locale.ROOT))) {
      return option.toLowerCase(Locale.ROOT);
    }
    if (original.equals(original.toUpperCase(Locale.ROOT))) {
      return option.toUpperCase(Locale.ROOT);
    }
    return option;
  }

  // Levenshtein distance over chars; names are short.
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

  /** Reports at an instruction of the syntax tree (for checks on files the model cannot hold). */
  static void report(LintContext context, Instruction in, String message) {
    var span = in.span();
    context.report(new SourcePosition(span.startLine(), Math.max(1, span.startColumn())),
        new SourcePosition(span.endLine(), Math.max(1, span.endColumn())), message);
  }

  /** Whether a word is all lower case or all upper case (BuildKit's self-consistent casing). */
  static boolean consistentCase(String s) {
    return s.equals(s.toLowerCase(Locale.ROOT)) || s.equals(s.toUpperCase(Locale.ROOT));
  }
}
