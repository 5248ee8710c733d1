package dev.dockwright.model;

import java.util.List;

/**
 * {@code VOLUME <path> ...}: mount points for anonymous volumes.
 *
 * <pre>{@code
 * new VolumeInstruction(List.of(Value.literal("/data")))   // VOLUME /data
 * }</pre>
 *
 * @param paths the mount points, at least one, each not empty and on one line
 */
public record VolumeInstruction(List<Value> paths) implements Instruction {
  /**
   * Checks and copies the paths.
   *
   * @param paths the mount points, at least one, each not empty and on one line
   * @throws NullPointerException when the list or one of its items is null
   * @throws IllegalArgumentException when the list is empty, or a path is empty or holds a line break
   */
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
