package dev.dockwright.model;

import java.util.List;

/**
 * An exec-form command: the program and its arguments, run without a shell, written as a JSON array.
 *
 * <pre>{@code
 * new ExecCommand(List.of("python", "-m", "app"))   // ["python","-m","app"]
 * }</pre>
 */
public record ExecCommand(List<String> arguments) implements Command {
  public ExecCommand {
    arguments = Values.copy(arguments, "arguments");
  }
}
