package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.model.SourcePosition;
import dev.dockwright.parser.syntax.Instruction;
import java.util.Locale;

/**
 * How BuildKit's checks word their messages: Go's {@code %q} quoting (the "did you mean" search is
 * {@link dev.dockwright.text.Suggestions}), and where a check reports an instruction that only the syntax tree
 * has.
 *
 * <pre>{@code
 * BuildKitText.quote("a\"b");                                   // "\"a\\\"b\""
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
