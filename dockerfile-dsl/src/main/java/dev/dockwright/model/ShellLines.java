package dev.dockwright.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that a shell-form command, written after its keyword, reads back as the same command: what BuildKit
 * would take for exec form, a heredoc, or a continuation into the next instruction cannot be written.
 */
final class ShellLines {
  private ShellLines() {}

  /**
   * Throws when the text, written on the instruction's line(s), would not read back as itself.
   *
   * @param heredocsAllowed whether the instruction reads heredoc markers (RUN does, CMD does not)
   */
  static void check(ShellCommand command, String keyword, char escape, boolean heredocsAllowed) {
    String script = command.script();
    // Only the last line matters for these checks: no need to split the script.
    int lastStart = script.lastIndexOf('\n') + 1;
    int end = script.length();
    while (end > lastStart && (script.charAt(end - 1) == ' ' || script.charAt(end - 1) == '\t')) {
      end--;
    }
    if (end > lastStart && script.charAt(end - 1) == escape) {
      throw new IllegalArgumentException(
          keyword + " command ends with the escape character " + escape
              + ", which would continue it into the next line: " + Quoted.of(script));
    }
    // BuildKit skips empty and comment lines inside a continuation and goes on with the next line.
    int lastFirst = lastStart;
    while (lastFirst < script.length() && isSpace(script.charAt(lastFirst))) {
      lastFirst++;
    }
    if (lastStart > 0 && (lastFirst == script.length() || script.charAt(lastFirst) == '#')) {
      throw new IllegalArgumentException(
          keyword + " command ends with an empty or comment line, which would continue it into the next line: "
              + Quoted.of(script));
    }
    // The joined command line is built only when a check needs more than its first character: when that
    // character may start a flag or exec form, or when there may be heredocs. The command line joins the
    // script's lines, so a "<<" in it is one in a line or a line ending with '<' before one starting with it.
    boolean heredocCheck = heredocsAllowed && (!command.heredocs().isEmpty() || script.indexOf("<<") >= 0
        || script.indexOf("<\n") >= 0);
    if (!heredocCheck && startsPlainly(script)) {
      return;
    }
    String commandLine = command.commandLine();
    if (!keyword.equals("HEALTHCHECK") && readsAsFlag(commandLine)) {
      throw new IllegalArgumentException(keyword + " shell command would be read as flags: " + Quoted.of(script));
    }
    String first = commandLine.strip();
    if (first.startsWith("[") && JsonStringArray.parse(first) != null) {
      throw new IllegalArgumentException(
          keyword + " shell command would be read as exec form: " + Quoted.of(script));
    }
    // Most commands have no "<<" at all: no heredoc to match.
    if (heredocCheck && (commandLine.indexOf("<<") >= 0 || !command.heredocs().isEmpty())) {
      List<String> markers = heredocMarkers(commandLine);
      List<String> delimiters = new ArrayList<>();
      command.heredocs().forEach(h -> delimiters.add(h.delimiter()));
      if (!markers.equals(delimiters)) {
        throw new IllegalArgumentException(
            keyword + " command opens heredocs " + markers + " but has bodies for " + delimiters
                + ": " + Quoted.of(script));
      }
    }
  }

  /**
   * Whether the command line's first non-blank character is on the script's first line (which the command
   * line starts with) and can start neither a flag nor exec form: then neither {@link #readsAsFlag} nor the
   * exec-form check can hold, whatever the other lines are.
   */
  private static boolean startsPlainly(String script) {
    int lineEnd = script.indexOf('\n');
    if (lineEnd < 0) {
      lineEnd = script.length();
    }
    for (int i = 0; i < lineEnd; i++) {
      char c = script.charAt(i);
      // the blanks readsAsFlag skips are all whitespace to strip() as well
      if (!Character.isWhitespace(c)) {
        return c != '-' && c != '[';
      }
    }
    return false;
  }

  // parser.go reHeredoc, with Go's \s.
  private static final Pattern HEREDOC = Pattern.compile("^(\\d*)<<(-?)[\\t\\n\\f\\r ]*([^<]*)$");

  /**
   * The delimiters of the heredocs BuildKit finds in an instruction line (parser.go heredocsFromLine): the line
   * is split into words as shell/lex.go does with raw quotes and escapes ({@code <<} keeps the blanks after it
   * in its word), and each word that matches {@code ^(\d*)<<(-?)\s*([^<]*)$} names a heredoc, its quotes
   * removed. When lexing fails BuildKit finds no heredoc at all, and neither does this.
   */
  static List<String> heredocMarkers(String line) {
    List<String> words = new Words(line, true).split();
    List<String> markers = new ArrayList<>();
    if (words == null) {
      return markers;
    }
    for (String word : words) {
      Matcher m = HEREDOC.matcher(word);
      if (!m.matches()) {
        continue;
      }
      List<String> name = new Words(m.group(3), false).split();
      if (name != null && name.size() == 1) {
        markers.add(name.get(0));
      }
    }
    return markers;
  }

  /**
   * Whether BuildKit's lexer reads the text without error: every {@code ${} closed, with a name and a modifier
   * it knows, and quotes closed. A line with such an error has no heredocs for BuildKit, and expanding the
   * word fails the build.
   */
  static boolean lexes(String text) {
    return new Words(text, true).split() != null;
  }

  /**
   * Whether text written as the first argument of an instruction starts with "--", which BuildKit's
   * extractBuilderFlags takes for a flag (it skips ASCII blanks before it).
   */
  static boolean readsAsFlag(String text) {
    int i = 0;
    while (i < text.length() && " \t\n\u000b\f\r".indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    return text.startsWith("--", i);
  }

  /** Go's unicode.IsSpace, which BuildKit uses to split words and to trim lines. */
  static boolean isSpace(char c) {
    return (c >= '\t' && c <= '\r') || c == ' ' || c == '\u0085' || c == '\u00a0' || Character.isSpaceChar(c);
  }

  /**
   * shell/lex.go's ProcessWords with no variable set, unset references kept as written and {@code \} as the
   * escape: the words of a line, split at unquoted whitespace. With {@code raw}, quotes and escapes stay in the
   * words. {@link #split()} returns null where lex.go fails.
   */
  private static final class Words {
    private final String s;
    private final boolean raw;
    private int pos;
    private final List<String> words = new ArrayList<>();
    private final StringBuilder word = new StringBuilder();

    Words(String s, boolean raw) {
      this.s = s;
      this.raw = raw;
    }

    List<String> split() {
      try {
        while (pos < s.length()) {
          char c = s.charAt(pos);
          if (c == '$') {
            for (char d : dollar().toCharArray()) {
              add(d);
            }
          } else if (c == '<') {
            word.append(arrows());
          } else if (c == '\'' || c == '"') {
            word.append(quoted(c));
          } else if (c == '\\') {
            pos++;
            if (raw) {
              word.append(c);
            }
            if (pos < s.length()) {
              word.append(s.charAt(pos++));
            }
          } else {
            add(c);
            pos++;
          }
        }
      } catch (IllegalStateException e) {
        return null;
      }
      if (word.length() > 0) {
        words.add(word.toString());
      }
      return words;
    }

    private void add(char c) {
      if (!isSpace(c)) {
        word.append(c);
      } else if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
    }

    // processPossibleHeredoc: "<<" keeps the blanks after it.
    private String arrows() {
      pos++;
      if (pos >= s.length() || s.charAt(pos) != '<') {
        return "<";
      }
      int start = pos - 1;
      pos++;
      while (pos < s.length() && " \t\r\n".indexOf(s.charAt(pos)) >= 0) {
        pos++;
      }
      return s.substring(start, pos);
    }

    // processSingleQuote, processDoubleQuote: in double quotes \ escapes ", $ and itself.
    private String quoted(char quote) {
      StringBuilder sb = new StringBuilder();
      if (raw) {
        sb.append(quote);
      }
      pos++;
      while (true) {
        if (pos >= s.length()) {
          throw new IllegalStateException("unterminated quote");
        }
        char c = s.charAt(pos);
        if (c == quote) {
          pos++;
          if (raw) {
            sb.append(c);
          }
          return sb.toString();
        }
        if (quote == '"' && c == '$') {
          sb.append(dollar());
          continue;
        }
        pos++;
        if (quote == '"' && c == '\\') {
          if (raw) {
            sb.append(c);
          }
          if (pos < s.length() && "\"$\\".indexOf(s.charAt(pos)) >= 0) {
            c = s.charAt(pos++);
          } else if (pos >= s.length()) {
            continue;
          }
        }
        sb.append(c);
      }
    }

    // processDollar: with nothing set, a reference comes back as written; malformed braces fail.
    private String dollar() {
      int start = pos++;
      if (pos >= s.length() || s.charAt(pos) != '{') {
        name();
        return s.substring(start, pos);
      }
      pos++;
      if (pos >= s.length() || "{}:".indexOf(s.charAt(pos)) >= 0) {
        throw new IllegalStateException("bad substitution");
      }
      name();
      if (pos >= s.length()) {
        throw new IllegalStateException("missing }");
      }
      char c = s.charAt(pos++);
      if (c == '}') {
        return s.substring(start, pos);
      }
      if (c == ':') {
        if (pos >= s.length()) {
          throw new IllegalStateException("missing }");
        }
        c = s.charAt(pos++);
      }
      if (c == '/') {
        skipTo('/');
      } else if ("+-?#%".indexOf(c) < 0) {
        throw new IllegalStateException("unsupported modifier");
      }
      skipTo('}');
      return s.substring(start, pos);
    }

    // processStopOn: past the stop character, through quotes, references and escapes.
    private void skipTo(char stop) {
      while (pos < s.length()) {
        char c = s.charAt(pos);
        if (c == stop) {
          pos++;
          return;
        }
        if (c == '$') {
          dollar();
        } else if (c == '\'' || c == '"') {
          quoted(c);
        } else {
          pos += c == '\\' ? 2 : 1;
        }
      }
      throw new IllegalStateException("missing " + stop);
    }

    // processName: digits, one special parameter, or letters, digits and underscores.
    private void name() {
      if (pos < s.length() && Character.isDigit(s.charAt(pos))) {
        while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
          pos++;
        }
      } else if (pos < s.length() && "@*#?-$!0".indexOf(s.charAt(pos)) >= 0) {
        pos++;
      } else {
        while (pos < s.length() && (Character.isLetterOrDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
          pos++;
        }
      }
    }
  }
}
