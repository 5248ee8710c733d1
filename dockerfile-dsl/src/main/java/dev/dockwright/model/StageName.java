package dev.dockwright.model;

import java.util.Objects;

/**
 * A stage name as {@code FROM ... AS name} accepts it: a letter, then letters, digits, {@code -}, {@code _}
 * or {@code .}. BuildKit compares names case-insensitively; lower case is the convention (the linter's
 * StageNameCasing reports others).
 *
 * <pre>{@code
 * StageName.of("build")
 * StageName.isValid("2nd")   // false: must start with a letter
 * }</pre>
 *
 * @param value the name, as written
 */
public record StageName(String value) {
  /**
   * Checks the name.
   *
   * @param value the name, as written
   * @throws NullPointerException when the name is null
   * @throws IllegalArgumentException with {@code not a valid stage name: "..."} when BuildKit would refuse it
   */
  public StageName {
    Objects.requireNonNull(value, "value");
    if (!isValid(value)) {
      throw new IllegalArgumentException("not a valid stage name: " + Quoted.of(value));
    }
  }

  /**
   * Checks and wraps a stage name.
   *
   * @param value such as {@code build}
   * @return the name
   * @throws IllegalArgumentException when BuildKit would refuse the name
   */
  public static StageName of(String value) {
    return new StageName(value);
  }

  /**
   * Whether BuildKit accepts the text as a stage name.
   *
   * @param value the text, not null
   * @return true for {@code build} or {@code go-1.23}; false for {@code ""}, {@code 2nd} or {@code my stage}
   */
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
