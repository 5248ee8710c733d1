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
    for (KeyValue kv : labels) {
      // BuildKit splits each word at its first '=', inside quotes or not: such a key cannot be written.
      if (kv.key().indexOf('=') >= 0) {
        throw new IllegalArgumentException("not a valid label key: " + Quoted.of(kv.key()));
      }
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
