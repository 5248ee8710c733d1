package dev.dockwright.model;

/**
 * {@code MAINTAINER <name>}: deprecated; kept so that existing files read back. Write
 * {@code LABEL org.opencontainers.image.authors=...} instead.
 *
 * <pre>{@code
 * new MaintainerInstruction("Jane <jane@example.com>")
 * }</pre>
 *
 * @param name the text after the keyword, on one line, not blank
 */
public record MaintainerInstruction(String name) implements Instruction {
  /**
   * Checks the name.
   *
   * @param name the text after the keyword, on one line, not blank
   * @throws NullPointerException when the name is null
   * @throws IllegalArgumentException when the name is blank, holds a line break or would be read as flags
   */
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
