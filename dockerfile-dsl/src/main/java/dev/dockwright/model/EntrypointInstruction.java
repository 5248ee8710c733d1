package dev.dockwright.model;

/**
 * {@code ENTRYPOINT}: the program the container runs.
 *
 * <pre>{@code
 * new EntrypointInstruction(Command.exec("/usr/bin/tini", "--"))   // ENTRYPOINT ["/usr/bin/tini", "--"]
 * }</pre>
 *
 * @param command the command, exec or shell form; a shell command cannot open a heredoc
 */
public record EntrypointInstruction(Command command) implements Instruction {
  /**
   * Checks the command.
   *
   * @param command the command, exec or shell form; a shell command cannot open a heredoc
   * @throws NullPointerException when the command is null
   * @throws IllegalArgumentException when the command has a heredoc
   */
  public EntrypointInstruction {
    Instructions.requireNoHeredoc(command, "ENTRYPOINT");
  }

  @Override
  public String keyword() {
    return "ENTRYPOINT";
  }
}
