package dev.dockwright.model;

import java.util.Objects;

/**
 * {@code ONBUILD <instruction>}: an instruction that runs when another image builds FROM this one.
 *
 * <pre>{@code
 * new OnBuildInstruction(CopyInstruction.of(List.of(CopySource.path(".")), Value.literal("/app/")))
 * }</pre>
 */
public record OnBuildInstruction(Instruction trigger) implements Instruction {
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
