package dev.dockwright.model;

import java.util.List;

/**
 * {@code ENV key=value ...}: environment variables for later instructions and the running container.
 *
 * <pre>{@code
 * EnvInstruction.of("PATH", Value.of("/app/bin:$PATH"))   // ENV PATH=/app/bin:$PATH
 * }</pre>
 *
 * @param variables the variables, at least one, in the order written
 */
public record EnvInstruction(List<KeyValue> variables) implements Instruction {
  /**
   * Checks and copies the variables.
   *
   * @param variables the variables, at least one, in the order written
   * @throws NullPointerException when the list or one of its items is null
   * @throws IllegalArgumentException when the list is empty, or a name holds {@code =}, a blank or a quote, or
   *     starts like a flag
   */
  public EnvInstruction {
    variables = Values.copy(variables, "variables");
    if (variables.isEmpty()) {
      throw new IllegalArgumentException("ENV needs at least one variable");
    }
    for (KeyValue kv : variables) {
      if (kv.key().indexOf('=') >= 0 || ShellLines.readsAsFlag(kv.key())) {
        throw new IllegalArgumentException("not a valid variable name: " + Quoted.of(kv.key()));
      }
      Values.requireToken(kv.key(), "variable name");
    }
  }

  /**
   * One variable.
   *
   * @param key the variable name, such as {@code PATH}
   * @param value its value; references expand at build time
   * @return {@code ENV key=value}
   * @throws IllegalArgumentException when the name is not a valid variable name
   */
  public static EnvInstruction of(String key, Value value) {
    return new EnvInstruction(List.of(new KeyValue(key, value)));
  }

  @Override
  public String keyword() {
    return "ENV";
  }
}
