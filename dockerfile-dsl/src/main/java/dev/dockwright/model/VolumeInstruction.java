package dev.dockwright.model;

import java.util.List;

/**
 * {@code VOLUME <path> ...}: mount points for anonymous volumes.
 *
 * <pre>{@code
 * new VolumeInstruction(List.of(Value.literal("/data")))
 * }</pre>
 */
public record VolumeInstruction(List<Value> paths) implements Instruction {
  public VolumeInstruction {
    paths = Values.copy(paths, "paths");
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("VOLUME needs at least one path");
    }
    for (Value p : paths) {
      if (p.isEmpty()) {
        throw new IllegalArgumentException("VOLUME path is empty");
      }
      Values.requireSingleLine(p, "VOLUME path", "");
    }
  }

  @Override
  public String keyword() {
    return "VOLUME";
  }
}
