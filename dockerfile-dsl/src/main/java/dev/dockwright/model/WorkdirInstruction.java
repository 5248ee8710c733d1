package dev.dockwright.model;

import java.util.Objects;

/**
 * {@code WORKDIR <path>}: the working directory of later instructions (created if missing). A relative path
 * resolves against the previous WORKDIR.
 *
 * <pre>{@code
 * new WorkdirInstruction(Value.literal("/app"))   // WORKDIR /app
 * }</pre>
 *
 * @param path the directory, not empty, on one line; references expand at build time
 */
public record WorkdirInstruction(Value path) implements Instruction {
  /**
   * Checks the path.
   *
   * @param path the directory, not empty, on one line; references expand at build time
   * @throws NullPointerException when the path is null
   * @throws IllegalArgumentException when the path is empty or holds a line break
   */
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
