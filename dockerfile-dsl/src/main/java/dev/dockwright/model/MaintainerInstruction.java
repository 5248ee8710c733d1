package dev.dockwright.model;

/**
 * {@code MAINTAINER <name>}: deprecated; kept so that existing files read back. Write
 * {@code LABEL org.opencontainers.image.authors=...} instead.
 *
 * <pre>{@code
 * new MaintainerInstruction("Jane <jane@example.com>")
 * }</pre>
 */
public record MaintainerInstruction(String name) implements Instruction {
  public MaintainerInstruction {
    Values.requireSingleLine(name, "maintainer");
    if (name.isBlank()) {
      throw new IllegalArgumentException("MAINTAINER needs a name");
    }
    if (ShellLines.readsAsFlag(name)) {
      throw new IllegalArgumentException("MAINTAINER would be read as flags: " + Quoted.of(name));
    }
  }

  @Override
  public String keyword() {
    return "MAINTAINER";
  }
}
