package dev.dockwright.model;

import java.util.List;

/**
 * {@code LABEL key=value ...}: image metadata, such as the OCI annotations
 * {@code org.opencontainers.image.source}.
 *
 * <pre>{@code
 * LabelInstruction.of("org.opencontainers.image.title", "shop")
 * }</pre>
 */
public record LabelInstruction(List<KeyValue> labels) implements Instruction {
  public LabelInstruction {
    labels = Values.copy(labels, "labels");
    if (labels.isEmpty()) {
      throw new IllegalArgumentException("LABEL needs at least one label");
    }
  }

  /** One label with a literal value. */
  public static LabelInstruction of(String key, String value) {
    return new LabelInstruction(List.of(new KeyValue(key, Value.literal(value))));
  }

  @Override
  public String keyword() {
    return "LABEL";
  }
}
