package dev.dockwright.model;

import java.util.List;

/**
 * An exec-form command: the program and its arguments, run without a shell, written as a JSON array.
 *
 * <pre>{@code
 * new ExecCommand(List.of("python", "-m", "app"))   // ["python", "-m", "app"]
 * }</pre>
 *
 * @param arguments the program and its arguments; may be empty ({@code CMD []})
 */
public record ExecCommand(List<String> arguments) implements Command {
  /**
   * Checks and copies the arguments.
   *
   * @param arguments the program and its arguments; may be empty ({@code CMD []})
   * @throws NullPointerException when the list or one of its items is null
   */
  public ExecCommand {
    arguments = Values.copy(arguments, "arguments");
  }
}
