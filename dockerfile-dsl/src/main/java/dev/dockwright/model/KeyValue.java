package dev.dockwright.model;

import java.util.Objects;

/**
 * A {@code key=value} pair of ENV or LABEL.
 *
 * <pre>{@code
 * new KeyValue("PATH", Value.of("/app/bin:$PATH"))
 * }</pre>
 */
public record KeyValue(String key, Value value) {
  public KeyValue {
    Objects.requireNonNull(key, "key");
    if (key.isEmpty()) {
      throw new IllegalArgumentException("key is empty");
    }
    Values.requireSingleLine(key, "key");
    Objects.requireNonNull(value, "value");
    Values.requireSingleLine(value, "value of ", key);
  }
}
