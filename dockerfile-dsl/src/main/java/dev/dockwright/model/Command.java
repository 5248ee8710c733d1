package dev.dockwright.model;

/**
 * What RUN, CMD, ENTRYPOINT and HEALTHCHECK run: a shell command (run by the SHELL, {@code /bin/sh -c} by
 * default) or an exec-form argument list (run directly, written as a JSON array).
 *
 * <pre>{@code
 * Command.exec("node", "server.js")      // ["node", "server.js"]
 * Command.shell("npm ci && npm run build")
 * }</pre>
 */
public sealed interface Command permits ShellCommand, ExecCommand {
  /**
   * An exec-form command.
   *
   * @param arguments the program and its arguments, such as {@code "node", "server.js"}
   * @return the command, rendered as a JSON array
   * @throws NullPointerException when an argument is null
   */
  static ExecCommand exec(String... arguments) {
    return new ExecCommand(java.util.List.of(arguments));
  }

  /**
   * A shell-form command; see {@link ShellCommand#of(String)} for one that refuses line breaks.
   *
   * @param script the command line, such as {@code "npm ci && npm run build"}
   * @return the command, run by the SHELL
   * @throws NullPointerException when the script is null
   * @throws IllegalArgumentException when the script holds a carriage return
   */
  static ShellCommand shell(String script) {
    return new ShellCommand(script, java.util.List.of());
  }
}
