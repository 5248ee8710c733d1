package dev.dockwright.model;

/**
 * What RUN, CMD, ENTRYPOINT and HEALTHCHECK run: a shell command (run by the SHELL, {@code /bin/sh -c} by
 * default) or an exec-form argument list (run directly, written as a JSON array).
 *
 * <pre>{@code
 * Command.exec("node", "server.js")      // ["node","server.js"]
 * Command.shell("npm ci && npm run build")
 * }</pre>
 */
public sealed interface Command permits ShellCommand, ExecCommand {
  /** An exec-form command. */
  static ExecCommand exec(String... arguments) {
    return new ExecCommand(java.util.List.of(arguments));
  }

  /** A shell-form command on one logical line. */
  static ShellCommand shell(String script) {
    return new ShellCommand(script, java.util.List.of());
  }
}
