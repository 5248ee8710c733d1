package dev.dockwright.model;

import java.util.List;

/**
 * {@code ARG name[=default] ...}: build arguments. Before the first FROM they are global (usable in FROM
 * lines); inside a stage they bring a global value into scope or declare a new one.
 *
 * <pre>{@code
 * ArgInstruction.of("NODE_VERSION", "22")
 * }</pre>
 */
public record ArgInstruction(List<ArgDeclaration> arguments) implements Instruction {
  public ArgInstruction {
    arguments = Values.copy(arguments, "arguments");
    if (arguments.isEmpty()) {
      throw new IllegalArgumentException("ARG needs at least one argument");
    }
  }

  /** One argument with a literal default. */
  public static ArgInstruction of(String name, String defaultValue) {
    return new ArgInstruction(List.of(new ArgDeclaration(name, Value.literal(defaultValue))));
  }

  /** One argument without a default. */
  public static ArgInstruction of(String name) {
    return new ArgInstruction(List.of(new ArgDeclaration(name, null)));
  }

  @Override
  public String keyword() {
    return "ARG";
  }
}
