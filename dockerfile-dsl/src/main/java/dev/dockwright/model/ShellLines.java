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
    String[] lines = script.split("\n", -1);
    String last = lines[lines.length - 1];
    String lastTrimmed = last.stripLeading();
    if (lines.length > 1 && (lastTrimmed.isEmpty() || lastTrimmed.startsWith("#"))) {
      throw new IllegalArgumentException(keyword + " command cannot end with a comment or empty line inside its"
          + " continuation, which would continue it into the next line: " + Quoted.of(script));
    }
    int end = last.length();
    while (end > 0 && (last.charAt(end - 1) == ' ' || last.charAt(end - 1) == '\t')) {
      end--;
    }
    if (end > 0 && last.charAt(end - 1) == escape && command.heredocs().isEmpty()) {
      throw new IllegalArgumentException(
          keyword + " command ends with the escape character " + escape
              + ", which would continue it into the next line: " + Quoted.of(script));
    }
    String commandLine = command.commandLine();
    String first = commandLine.strip();
    if (first.startsWith("[") && JsonStringArray.parse(first) != null) {
      throw new IllegalArgumentException(
          keyword + " shell command would be read as exec form: " + Quoted.of(script));
    }
    // Most commands have no "<<" at all: no heredoc to match.
    if (heredocsAllowed && (commandLine.indexOf("<<") >= 0 || !command.heredocs().isEmpty())) {
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
