package dev.dockwright.model;

import java.util.Objects;

/**
 * {@code USER <user>[:<group>]}: who later RUN steps and the container run as.
 *
 * <pre>{@code
 * new UserInstruction(UserSpec.of(10001))
 * }</pre>
 */
public record UserInstruction(UserSpec user) implements Instruction {
  public UserInstruction {
    Objects.requireNonNull(user, "user");
  }

  @Override
  public String keyword() {
    return "USER";
  }
}
