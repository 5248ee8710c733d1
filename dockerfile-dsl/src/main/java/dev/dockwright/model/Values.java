package dev.dockwright.model;

import java.util.List;
import java.util.Objects;

/** Argument checks shared by the model's compact constructors. */
final class Values {
  private Values() {}

  static String requireSingleLine(String value, String what) {
    Objects.requireNonNull(value, what);
    // indexOf is a vectorised intrinsic: two scans of it beat one char-by-char loop
    if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
      throw new IllegalArgumentException(
          what + " cannot hold a line break: " + Quoted.of(value));
    }
    return value;
  }

  /**
   * {@code requireSingleLine(value.toString(), whatPrefix + whatName)} without building either string unless
   * there is a line break to report: a line break in the value's text is one in one of its parts.
   */
  static void requireSingleLine(Value value, String whatPrefix, String whatName) {
    for (Value.Part p : value.parts()) {
      String text = p instanceof Value.Literal l ? l.text() : ((Value.Reference) p).expression();
      if (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
        requireSingleLine(value.toString(), whatPrefix + whatName); // throws the usual message
      }
    }
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
