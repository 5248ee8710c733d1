package dev.dockwright.model;

import java.util.List;

/**
 * {@code ENV key=value ...}: environment variables for later instructions and the running container.
 *
 * <pre>{@code
 * EnvInstruction.of("PATH", Value.of("/app/bin:$PATH"))
 * }</pre>
 */
public record EnvInstruction(List<KeyValue> variables) implements Instruction {
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

  /** One variable. */
  public static EnvInstruction of(String key, Value value) {
    return new EnvInstruction(List.of(new KeyValue(key, value)));
  }

  @Override
  public String keyword() {
    return "ENV";
  }
}
