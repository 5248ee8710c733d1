package dev.dockwright.model;

import java.util.Objects;

/**
 * {@code CMD}: the default command, or the default arguments of the ENTRYPOINT.
 *
 * <pre>{@code
 * new CmdInstruction(Command.exec("node", "server.js"))   // CMD ["node", "server.js"]
 * }</pre>
 *
 * @param command the command, exec or shell form; a shell command cannot open a heredoc
 */
public record CmdInstruction(Command command) implements Instruction {
  /**
   * Checks the command.
   *
   * @param command the command, exec or shell form; a shell command cannot open a heredoc
   * @throws NullPointerException when the command is null
   * @throws IllegalArgumentException when the command has a heredoc
   */
  public CmdInstruction {
    Instructions.requireNoHeredoc(command, "CMD");
  }

  @Override
  public String keyword() {
    return "CMD";
  }
}
