package dev.dockwright.model;

import java.util.Objects;

/**
 * {@code WORKDIR <path>}: the working directory of later instructions (created if missing). A relative path
 * resolves against the previous WORKDIR.
 *
 * <pre>{@code
 * new WorkdirInstruction(Value.literal("/app"))
 * }</pre>
 */
public record WorkdirInstruction(Value path) implements Instruction {
  public WorkdirInstruction {
    Objects.requireNonNull(path, "path");
    if (path.isEmpty()) {
      throw new IllegalArgumentException("WORKDIR needs a path");
    }
    Values.requireSingleLine(path, "WORKDIR path", "");
  }

  @Override
  public String keyword() {
    return "WORKDIR";
  }
}
