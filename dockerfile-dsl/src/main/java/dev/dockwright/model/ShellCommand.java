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
 */
public record ShellCommand(String script, List<Heredoc> heredocs) implements Command {
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
   * @throws IllegalArgumentException when the command has a line break: use {@link #script(String)}
   */
  public static ShellCommand of(String script) {
    Values.requireSingleLine(script, "shell command");
    return new ShellCommand(script, List.of());
  }

  /**
   * A command written over several physical lines joined by continuations; the first line follows the
   * keyword, the others are indented by four spaces. {@code lines("a", "&& b")} runs {@code a     && b}.
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

  /** Whether the script is written on one physical line. */
  public boolean isSingleLine() {
    return script.indexOf('\n') < 0;
  }

  /**
   * The text the shell receives, as BuildKit joins the lines: continuations removed, and comment lines inside
   * the continuation dropped. A blank line is kept: written with the escape character after it, it is not
   * empty to BuildKit. (A blank or comment last line, which BuildKit would skip to continue with the next
   * instruction, cannot be rendered.) For a heredoc form this is the first line only.
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
   * delimiter is {@code EOF} unless the body has such a line.
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
