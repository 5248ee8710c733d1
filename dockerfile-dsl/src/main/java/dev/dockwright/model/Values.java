package dev.dockwright.model;

import java.util.List;
import java.util.Objects;

/** Argument checks shared by the model's compact constructors. */
final class Values {
  private Values() {}

  static String requireSingleLine(String value, String what) {
    Objects.requireNonNull(value, what);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\n' || c == '\r') {
        throw new IllegalArgumentException(
            what + " cannot hold a line break: " + Quoted.of(value));
      }
    }
    return value;
  }

  static String requireToken(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isEmpty()) {
      throw new IllegalArgumentException(what + " is empty");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isWhitespace(c) || c == '"' || c == '\'' || c == '\\' || c == '`') {
        throw new IllegalArgumentException("not a valid " + what + ": " + Quoted.of(value));
      }
    }
    return value;
  }

  static <T> List<T> copy(List<T> list, String what) {
    Objects.requireNonNull(list, what);
    for (T t : list) {
      Objects.requireNonNull(t, () -> what + " contains null");
    }
    return List.copyOf(list);
  }
}
