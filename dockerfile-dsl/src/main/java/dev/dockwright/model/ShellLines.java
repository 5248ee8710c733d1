package dev.dockwright.model;

import java.util.ArrayList;
import java.util.List;

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
    // only the last line matters here: no need to split the script
    int lastStart = script.lastIndexOf('\n') + 1;
    int length = script.length();
    int lastFirst = firstNonWhitespace(script, lastStart, length);
    if (lastStart > 0 && (lastFirst == length || script.charAt(lastFirst) == '#')) {
      throw new IllegalArgumentException(keyword + " command cannot end with a comment or empty line inside its"
          + " continuation, which would continue it into the next line: " + Quoted.of(script));
    }
    int end = length;
    while (end > lastStart && (script.charAt(end - 1) == ' ' || script.charAt(end - 1) == '\t')) {
      end--;
    }
    if (end > lastStart && script.charAt(end - 1) == escape && command.heredocs().isEmpty()) {
      throw new IllegalArgumentException(
          keyword + " command ends with the escape character " + escape
              + ", which would continue it into the next line: " + Quoted.of(script));
    }
    // The command line (continuations joined) is only built when it is needed: when it may be read as exec
    // form (its first non-blank character is '[') or may open heredocs (it can only hold "<<" if the script
    // holds '<': joining lines adds no character).
    if (firstCommandChar(script) == '[' && JsonStringArray.parse(command.commandLine().strip()) != null) {
      throw new IllegalArgumentException(
          keyword + " shell command would be read as exec form: " + Quoted.of(script));
    }
    if (heredocsAllowed && ((script.indexOf('<') >= 0 && command.commandLine().indexOf("<<") >= 0)
        || !command.heredocs().isEmpty())) {
      String commandLine = command.commandLine();
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
   * The first non-whitespace character of {@link ShellCommand#commandLine()} (0 when there is none), found
   * without joining the lines: it is on the first line, or else the first of a line that is kept (one that is
   * neither empty nor a comment).
   */
  private static char firstCommandChar(String script) {
    int lineEnd = script.indexOf('\n');
    if (lineEnd < 0) {
      lineEnd = script.length();
    }
    int first = firstNonWhitespace(script, 0, lineEnd);
    if (first < lineEnd) {
      return script.charAt(first);
    }
    while (lineEnd < script.length()) {
      int lineStart = lineEnd + 1;
      lineEnd = script.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = script.length();
      }
      first = firstNonWhitespace(script, lineStart, lineEnd);
      if (first < lineEnd && script.charAt(first) != '#') {
        return script.charAt(first);
      }
    }
    return 0;
  }

  /**
   * The first index in {@code s[from, to)} that is not whitespace as {@link String#strip()} sees it, or
   * {@code to}. (Every whitespace code point is a single char, so testing chars is exact.)
   */
  static int firstNonWhitespace(String s, int from, int to) {
    int i = from;
    while (i < to && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** The delimiters of the words that start with {@code <<}, as BuildKit finds heredoc markers. */
  static List<String> heredocMarkers(String line) {
    List<String> markers = new ArrayList<>();
    for (String word : splitWords(line)) {
      if (!word.startsWith("<<") || word.length() < 3 || word.charAt(2) == '<') {
        continue;
      }
      String rest = word.substring(2);
      if (rest.startsWith("-")) {
        rest = rest.substring(1);
      }
      if (rest.length() >= 2
          && (rest.charAt(0) == '"' || rest.charAt(0) == '\'')
          && rest.charAt(rest.length() - 1) == rest.charAt(0)) {
        rest = rest.substring(1, rest.length() - 1);
      }
      if (!rest.isEmpty()) {
        markers.add(rest);
      }
    }
    return markers;
  }

  // Splits on unquoted whitespace, keeping quotes in the words.
  private static List<String> splitWords(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    char quote = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quote != 0) {
        word.append(c);
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
        word.append(c);
      } else if (c == ' ' || c == '\t') {
        if (word.length() > 0) {
          words.add(word.toString());
          word.setLength(0);
        }
      } else {
        word.append(c);
      }
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }
}
