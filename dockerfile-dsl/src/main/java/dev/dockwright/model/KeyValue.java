package dev.dockwright.model;

import java.util.Objects;

/**
 * A {@code key=value} pair of ENV or LABEL.
 *
 * <pre>{@code
 * new KeyValue("PATH", Value.of("/app/bin:$PATH"))   // PATH=/app/bin:$PATH
 * }</pre>
 *
 * @param key the variable name or label key, not empty, on one line
 * @param value the value, possibly empty, on one line; references in it expand at build time
 */
public record KeyValue(String key, Value value) {
  /**
   * Checks the pair.
   *
   * @param key the variable name or label key, not empty, on one line
   * @param value the value, possibly empty, on one line; references in it expand at build time
   * @throws NullPointerException when the key or the value is null
   * @throws IllegalArgumentException when the key is empty, or the key or value holds a line break
   */
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
