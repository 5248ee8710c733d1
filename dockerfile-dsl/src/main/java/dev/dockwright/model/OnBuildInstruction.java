package dev.dockwright.model;

import java.util.Objects;

/**
 * {@code ONBUILD <instruction>}: an instruction that runs when another image builds FROM this one.
 *
 * <pre>{@code
 * new OnBuildInstruction(CopyInstruction.of(List.of(CopySource.path(".")), Value.literal("/app/")))
 * // ONBUILD COPY . /app/
 * }</pre>
 *
 * @param trigger the instruction to run later; not ONBUILD, FROM or MAINTAINER
 */
public record OnBuildInstruction(Instruction trigger) implements Instruction {
  /**
   * Checks the trigger.
   *
   * @param trigger the instruction to run later; not ONBUILD, FROM or MAINTAINER
   * @throws NullPointerException when the trigger is null
   * @throws IllegalArgumentException when the trigger is ONBUILD, FROM or MAINTAINER
   */
  public OnBuildInstruction {
    Objects.requireNonNull(trigger, "trigger");
    if (trigger instanceof OnBuildInstruction
        || trigger instanceof FromInstruction
        || trigger instanceof MaintainerInstruction) {
      throw new IllegalArgumentException("ONBUILD cannot trigger " + trigger.keyword());
    }
  }

  @Override
  public String keyword() {
    return "ONBUILD";
  }
}
