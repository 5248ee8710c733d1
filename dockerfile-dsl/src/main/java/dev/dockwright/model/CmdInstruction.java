package dev.dockwright.model;

import java.util.Objects;

/**
 * {@code CMD}: the default command, or the default arguments of the ENTRYPOINT.
 *
 * <pre>{@code
 * new CmdInstruction(Command.exec("node", "server.js"))
 * }</pre>
 */
public record CmdInstruction(Command command) implements Instruction {
  public CmdInstruction {
    Instructions.requireNoHeredoc(command, "CMD");
  }

  @Override
  public String keyword() {
    return "CMD";
  }
}
