package dev.dockwright.model;

/**
 * {@code ENTRYPOINT}: the program the container runs.
 *
 * <pre>{@code
 * new EntrypointInstruction(Command.exec("/usr/bin/tini", "--"))
 * }</pre>
 */
public record EntrypointInstruction(Command command) implements Instruction {
  public EntrypointInstruction {
    Instructions.requireNoHeredoc(command, "ENTRYPOINT");
  }

  @Override
  public String keyword() {
    return "ENTRYPOINT";
  }
}
