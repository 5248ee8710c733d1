package dev.dockwright.model;

import java.util.List;

/**
 * A shell-form command: the script text handed to the SHELL, laid out as in the Dockerfile, and the
 * here-documents its line opens.
 *
 * <p>Each {@code \n} in {@code script} is a line continuation: it renders as the escape character and a line
 * break, and the builder joins the lines again. Lines inside the continuation that start with {@code #} are
 * dropped by the builder, as comments; {@link #commandLine()} is the text the shell receives.
 * Scripts of several commands on several lines belong in a heredoc: {@link #script(String)} makes one.
 *
 * <pre>{@code
 * ShellCommand.of("apt-get update && apt-get install -y curl")
 * ShellCommand.lines("apt-get update", "&& apt-get install -y curl")   // two physical lines
 * ShellCommand.script("set -eux\napt-get update\n")                  // RUN <<EOF ... EOF
 * }</pre>
 *
 * @param script the text after the keyword (and its flags); each {@code \n} is a line continuation; for a
 *     heredoc form, the line that holds the markers, such as {@code <<EOF}; no carriage return
 * @param heredocs the heredocs the line opens, in order, with distinct delimiters; may be empty
 */
public record ShellCommand(String script, List<Heredoc> heredocs) implements Command {
  /**
   * Checks and copies the parts.
   *
   * @param script the text after the keyword (and its flags); each {@code \n} is a line continuation; for a
   *     heredoc form, the line that holds the markers, such as {@code <<EOF}; no carriage return
   * @param heredocs the heredocs the line opens, in order, with distinct delimiters; may be empty
   * @throws NullPointerException when the script, the list or one of its heredocs is null
   * @throws IllegalArgumentException when the script holds a carriage return or two heredocs share a
   *     delimiter
   */
  public ShellCommand {
    java.util.Objects.requireNonNull(script, "script");
    if (script.indexOf('\r') >= 0) {
      throw new IllegalArgumentException("shell command cannot hold a carriage return: " + Quoted.of(script));
    }
    heredocs = Values.copy(heredocs, "heredocs");
    Values.requireDistinctDelimiters(heredocs);
  }

  /**
   * A one-line shell command.
   *
   * @param script the command line, such as {@code "apt-get update && apt-get install -y curl"}
   * @return the command, with no heredoc
   * @throws NullPointerException when the script is null
   * @throws IllegalArgumentException when the command has a line break: use {@link #script(String)}
   */
  public static ShellCommand of(String script) {
    Values.requireSingleLine(script, "shell command");
    return new ShellCommand(script, List.of());
  }

  /**
   * A command written over several physical lines joined by continuations; the first line follows the
   * keyword, the others are indented by four spaces. {@code lines("a", "&& b")} runs {@code a     && b}.
   *
   * @param lines the physical lines, each without a line break; a line starting with {@code #} is a comment
   *     that the builder drops
   * @return the command, with no heredoc
   * @throws IllegalArgumentException when a line holds a line break
   */
  public static ShellCommand lines(String... lines) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < lines.length; i++) {
      Values.requireSingleLine(lines[i], "shell command line");
      if (i > 0) {
        // a comment line inside the continuation needs no space before its line break
        boolean comment = i > 1 && lines[i - 1].stripLeading().startsWith("#");
        sb.append(comment ? "\n    " : " \n    ");
      }
      sb.append(lines[i]);
    }
    return new ShellCommand(sb.toString(), List.of());
  }

  /**
   * Whether the script is written on one physical line.
   *
   * @return true when the script has no continuation
   */
  public boolean isSingleLine() {
    return script.indexOf('\n') < 0;
  }

  /**
   * The text the shell receives, as BuildKit joins the lines: continuations removed, and comment lines inside
   * the continuation dropped. A blank line is kept: written with the escape character after it, it is not
   * empty to BuildKit. (A blank or comment last line, which BuildKit would skip to continue with the next
   * instruction, cannot be rendered.) For a heredoc form this is the first line only.
   *
   * @return the joined command line
   */
  public String commandLine() {
    if (isSingleLine()) {
      return script;
    }
    int lineEnd = script.indexOf('\n');
    StringBuilder sb = new StringBuilder(script.length());
    sb.append(script, 0, lineEnd);
    while (lineEnd < script.length()) {
      int lineStart = lineEnd + 1;
      lineEnd = script.indexOf('\n', lineStart);
      if (lineEnd < 0) {
        lineEnd = script.length();
      }
      int start = lineStart;
      while (start < lineEnd && ShellLines.isSpace(script.charAt(start))) {
        start++;
      }
      boolean comment = start < lineEnd && script.charAt(start) == '#';
      boolean blankLast = start == lineEnd && lineEnd == script.length();
      if (!comment && !blankLast) {
        sb.append(script, lineStart, lineEnd);
      }
    }
    return sb.toString();
  }

  /**
   * A multi-line script, written as {@code <<EOF} and a heredoc body that the shell runs as a script. The
   * delimiter is {@code EOF} unless the body has such a line, then {@code EOF2}, {@code EOF3} and so on.
   *
   * @param body the script, such as {@code "set -eux\napt-get update\n"}; a missing final newline is added
   * @return the command {@code <<EOF} with the heredoc
   */
  public static ShellCommand script(String body) {
    String delimiter = "EOF";
    for (int n = 2; body.lines().anyMatch(delimiter::equals); n++) {
      delimiter = "EOF" + n;
    }
    Heredoc heredoc = Heredoc.of(delimiter, body);
    return new ShellCommand(heredoc.marker(), List.of(heredoc));
  }
}
