package dev.dockwright.model;

import java.util.List;

/**
 * {@code SHELL ["executable", "parameters"...]}: the shell that runs shell-form commands.
 *
 * <pre>{@code
 * new ShellInstruction(List.of("/bin/bash", "-o", "pipefail", "-c"))
 * }</pre>
 */
public record ShellInstruction(List<String> shell) implements Instruction {
  public ShellInstruction {
    shell = Values.copy(shell, "shell");
    if (shell.isEmpty()) {
      throw new IllegalArgumentException("SHELL needs at least one argument");
    }
  }

  @Override
  public String keyword() {
    return "SHELL";
  }
}
