package dev.dockwright.model;

import java.util.Objects;

/**
 * {@code USER <user>[:<group>]}: who later RUN steps and the container run as.
 *
 * <pre>{@code
 * new UserInstruction(UserSpec.of(10001))   // USER 10001
 * }</pre>
 *
 * @param user the user and optional group
 */
public record UserInstruction(UserSpec user) implements Instruction {
  /**
   * Checks the user.
   *
   * @param user the user and optional group
   * @throws NullPointerException when the user is null
   */
  public UserInstruction {
    Objects.requireNonNull(user, "user");
  }

  @Override
  public String keyword() {
    return "USER";
  }
}
