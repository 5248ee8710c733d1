package dev.dockwright.model;

import java.util.List;

/**
 * {@code SHELL ["executable", "parameters"...]}: the shell that runs shell-form commands.
 *
 * <pre>{@code
 * new ShellInstruction(List.of("/bin/bash", "-o", "pipefail", "-c"))
 * }</pre>
 *
 * @param shell the executable and its parameters, at least one item; the script is passed after them
 */
public record ShellInstruction(List<String> shell) implements Instruction {
  /**
   * Checks and copies the arguments.
   *
   * @param shell the executable and its parameters, at least one item; the script is passed after them
   * @throws NullPointerException when the list or one of its items is null
   * @throws IllegalArgumentException when the list is empty
   */
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
