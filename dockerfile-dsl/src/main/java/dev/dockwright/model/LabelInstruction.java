package dev.dockwright.model;

import java.util.List;

/**
 * {@code LABEL key=value ...}: image metadata, such as the OCI annotations
 * {@code org.opencontainers.image.source}.
 *
 * <pre>{@code
 * LabelInstruction.of("org.opencontainers.image.title", "shop")
 * }</pre>
 *
 * @param labels the labels, at least one, in the order written
 */
public record LabelInstruction(List<KeyValue> labels) implements Instruction {
  /**
   * Checks and copies the labels.
   *
   * @param labels the labels, at least one, in the order written
   * @throws NullPointerException when the list or one of its items is null
   * @throws IllegalArgumentException when the list is empty or a key holds {@code =}
   */
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

  /**
   * One label with a literal value.
   *
   * @param key the label key, such as {@code org.opencontainers.image.title}
   * @param value the value, taken literally (a {@code $} stays a dollar)
   * @return {@code LABEL key=value}
   * @throws IllegalArgumentException when the key is empty or holds {@code =} or a line break
   */
  public static LabelInstruction of(String key, String value) {
    return new LabelInstruction(List.of(new KeyValue(key, Value.literal(value))));
  }

  @Override
  public String keyword() {
    return "LABEL";
  }
}
