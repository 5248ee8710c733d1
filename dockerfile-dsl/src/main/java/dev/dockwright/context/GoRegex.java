package dev.dockwright.context;

import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiles the regular expressions that Docker's pattern matcher writes for {@code .dockerignore} patterns. Those
 * are Go (RE2) expressions, and a pattern's brackets and backslashes reach them unchanged, so they are read here
 * with Go's rules and written out for {@link java.util.regex}: a bracket expression ends at the first {@code ]}
 * after its first character, {@code [} inside it is an ordinary character, {@code [:alpha:]} names an ASCII
 * class, and only the escapes Go knows are accepted.
 *
 * <pre>{@code
 * GoRegex.compile("^a[b-d]e$").matcher("ace").matches();   // true
 * GoRegex.compile("^[[^/]*]$");   // Go: the class {[, ^, /} repeated, then a literal ]
 * }</pre>
 */
final class GoRegex {
  private GoRegex() {}

  // Go's ASCII classes and Java's POSIX classes of the same members.
  private static final Map<String, String> POSIX_CLASSES = Map.ofEntries(
      Map.entry("alnum", "Alnum"),
      Map.entry("alpha", "Alpha"),
      Map.entry("ascii", "ASCII"),
      Map.entry("blank", "Blank"),
      Map.entry("cntrl", "Cntrl"),
      Map.entry("digit", "Digit"),
      Map.entry("graph", "Graph"),
      Map.entry("lower", "Lower"),
      Map.entry("print", "Print"),
      Map.entry("punct", "Punct"),
      Map.entry("space", "Space"),
      Map.entry("upper", "Upper"),
      Map.entry("word", "Word"),
      Map.entry("xdigit", "XDigit"));

  /**
   * Reads a Go regular expression of the kind the pattern matcher writes and compiles the same language for Java.
   *
   * @throws IllegalArgumentException where Go's {@code regexp.Compile} fails
   */
  static Pattern compile(String goRegex) {
    StringBuilder java = new StringBuilder();
    int[] cps = goRegex.codePoints().toArray();
    int i = 0;
    while (i < cps.length) {
      int c = cps[i];
      if (c == '\\') {
        if (i + 1 >= cps.length) {
          throw new IllegalArgumentException("trailing backslash at end of expression");
        }
        i = escape(cps, i + 1, java, false);
      } else if (c == '[') {
        i = bracket(cps, i, java);
      } else {
        java.appendCodePoint(c);
        i++;
      }
    }
    try {
      // Go's . matches anything but \n, as Java's does with UNIX_LINES.
      return Pattern.compile(java.toString(), Pattern.UNIX_LINES);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException("invalid regular expression: " + e.getDescription(), e);
    }
  }

  // An escape after a backslash at i: written to out; returns the index after it.
  private static int escape(int[] cps, int i, StringBuilder out, boolean inClass) {
    int c = cps[i];
    if (c < 128 && !Character.isLetterOrDigit(c)) {
      out.append('\\').appendCodePoint(c);
      return i + 1;
    }
    switch (c) {
      case 'd', 'D', 'w', 'W' -> out.append('\\').append((char) c);
      case 's' -> out.append(inClass ? "\\t\\n\\f\\r " : "[\\t\\n\\f\\r ]");
      case 'S' -> out.append(inClass ? "\\x00-\\x08\\x0B\\x0E-\\x1F\\x21-\\x{10FFFF}" : "[^\\t\\n\\f\\r ]");
      case 'a' -> out.append("\\x07");
      case 'f' -> out.append("\\f");
      case 'n' -> out.append("\\n");
      case 'r' -> out.append("\\r");
      case 't' -> out.append("\\t");
      case 'v' -> out.append("\\x0B");
      case 'b', 'B', 'A', 'z' -> {
        if (inClass) {
          throw new IllegalArgumentException("invalid escape sequence: \\" + (char) c);
        }
        out.append('\\').append((char) c);
      }
      default -> throw new IllegalArgumentException("invalid escape sequence: \\" + new String(Character.toChars(c)));
    }
    return i + 1;
  }

  // A bracket expression starting at the [ at i, read with RE2's rules; returns the index after its ].
  private static int bracket(int[] cps, int start, StringBuilder out) {
    StringBuilder cls = new StringBuilder("[");
    int i = start + 1;
    if (i < cps.length && cps[i] == '^') {
      cls.append('^');
      i++;
    }
    boolean first = true;
    while (true) {
      if (i >= cps.length) {
        throw new IllegalArgumentException("missing closing ]");
      }
      int c = cps[i];
      if (c == ']' && !first) {
        break;
      }
      first = false;
      if (c == '[' && i + 1 < cps.length && cps[i + 1] == ':') {
        int close = indexOf(cps, i + 2, ":]");
        if (close > 0) {
          boolean negated = cps[i + 2] == '^';
          String name = new String(cps, i + (negated ? 3 : 2), close - i - (negated ? 3 : 2));
          String members = POSIX_CLASSES.get(name);
          if (members == null) {
            throw new IllegalArgumentException("invalid character class range: [:" + name + ":]");
          }
          cls.append(members.equals("Word") ? (negated ? "\\W" : "\\w") : (negated ? "\\P{" : "\\p{") + members + "}");
          i = close + 2;
          continue;
        }
      }
      int lo;
      StringBuilder item = new StringBuilder();
      if (c == '\\') {
        if (i + 1 >= cps.length) {
          throw new IllegalArgumentException("missing closing ]");
        }
        int e = cps[i + 1];
        if (e < 128 && !Character.isLetterOrDigit(e)) {
          lo = e;
          i += 2;
        } else {
          i = escape(cps, i + 1, item, true);
          cls.append(item);
          continue;
        }
      } else {
        lo = c;
        i++;
      }
      int hi = lo;
      if (i + 1 < cps.length && cps[i] == '-' && cps[i + 1] != ']') {
        int h = cps[i + 1];
        i += 2;
        if (h == '\\') {
          if (i >= cps.length) {
            throw new IllegalArgumentException("missing closing ]");
          }
          h = cps[i];
          i++;
        }
        hi = h;
        if (hi < lo) {
          throw new IllegalArgumentException("invalid character class range");
        }
      }
      appendClassChar(cls, lo);
      if (hi != lo) {
        cls.append('-');
        appendClassChar(cls, hi);
      }
    }
    cls.append(']');
    out.append(cls);
    return i + 1;
  }

  private static void appendClassChar(StringBuilder cls, int c) {
    if ("[]\\^-&".indexOf(c) >= 0) {
      cls.append('\\');
    }
    cls.appendCodePoint(c);
  }

  private static int indexOf(int[] cps, int from, String what) {
    outer:
    for (int i = from; i + what.length() <= cps.length; i++) {
      for (int j = 0; j < what.length(); j++) {
        if (cps[i + j] != what.charAt(j)) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
