package dev.dockwright.model;

import java.util.Objects;

/**
 * A stage name as {@code FROM ... AS name} accepts it: a letter, then letters, digits, {@code -}, {@code _}
 * or {@code .}. BuildKit compares names case-insensitively; lower case is the convention (the linter's
 * StageNameCasing reports others).
 *
 * <pre>{@code
 * StageName.of("build")
 * }</pre>
 */
public record StageName(String value) {
  public StageName {
    Objects.requireNonNull(value, "value");
    if (!isValid(value)) {
      throw new IllegalArgumentException("not a valid stage name: " + Quoted.of(value));
    }
  }

  /** Checks and wraps a stage name. */
  public static StageName of(String value) {
    return new StageName(value);
  }

  /** Whether BuildKit accepts the text as a stage name. */
  public static boolean isValid(String value) {
    if (value.isEmpty() || !isAsciiLetter(value.charAt(0))) {
      return false;
    }
    for (int i = 1; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!(isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  @Override
  public String toString() {
    return value;
  }
}
