package dev.dockwright.model;

import java.util.List;

/**
 * {@code ARG name[=default] ...}: build arguments. Before the first FROM they are global (usable in FROM
 * lines); inside a stage they bring a global value into scope or declare a new one.
 *
 * <pre>{@code
 * ArgInstruction.of("NODE_VERSION", "22")   // ARG NODE_VERSION=22
 * ArgInstruction.of("TARGETARCH")           // ARG TARGETARCH
 * }</pre>
 *
 * @param arguments the declarations, at least one, in the order written
 */
public record ArgInstruction(List<ArgDeclaration> arguments) implements Instruction {
  /**
   * Checks and copies the arguments.
   *
   * @param arguments the declarations, at least one, in the order written
   * @throws NullPointerException when the list or one of its items is null
   * @throws IllegalArgumentException when the list is empty
   */
  public ArgInstruction {
    arguments = Values.copy(arguments, "arguments");
    if (arguments.isEmpty()) {
      throw new IllegalArgumentException("ARG needs at least one argument");
    }
  }

  /**
   * One argument with a literal default.
   *
   * @param name the argument name, such as {@code NODE_VERSION}
   * @param defaultValue the default, taken literally (a {@code $} stays a dollar)
   * @return {@code ARG name=defaultValue}
   * @throws IllegalArgumentException when the name is not a valid argument name
   */
  public static ArgInstruction of(String name, String defaultValue) {
    return new ArgInstruction(List.of(new ArgDeclaration(name, Value.literal(defaultValue))));
  }

  /**
   * One argument without a default.
   *
   * @param name the argument name, such as {@code TARGETARCH}
   * @return {@code ARG name}
   * @throws IllegalArgumentException when the name is not a valid argument name
   */
  public static ArgInstruction of(String name) {
    return new ArgInstruction(List.of(new ArgDeclaration(name, null)));
  }

  @Override
  public String keyword() {
    return "ARG";
  }
}
