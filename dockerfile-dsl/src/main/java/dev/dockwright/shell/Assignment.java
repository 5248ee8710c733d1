package dev.dockwright.shell;

import java.util.Objects;
import java.util.Optional;

/**
 * A variable assignment word, {@code NAME=value}, before a command or on its own.
 *
 * <pre>{@code
 * SimpleCommand install = ShellScript.parse("DEBIAN_FRONTEND=noninteractive apt-get install -y tzdata")
 *     .commands().get(0);
 * Assignment frontend = install.assignments().get(0);
 * frontend.name();          // DEBIAN_FRONTEND
 * frontend.value().text();  // noninteractive
 * }</pre>
 *
 * @param name the variable name
 * @param value the word after {@code =}; its raw text is empty for {@code NAME=}
 * @param start offset of the first character of the name
 * @param end offset just after the value
 */
public record Assignment(String name, Word value, int start, int end) {

  /**
   * Checks that the name is a shell variable name and that the value ends the assignment.
   *
   * @param name the variable name, such as {@code DEBIAN_FRONTEND}: a letter or {@code _}, then letters, digits
   *     and {@code _}
   * @param value the word after {@code =}; it must start at {@code start + name.length() + 1} and end at
   *     {@code end}
   * @param start offset of the first character of the name
   * @param end offset just after the value
   * @throws NullPointerException if {@code name} or {@code value} is null
   * @throws IllegalArgumentException if {@code name} is not a variable name or {@code value} does not follow
   *     {@code name=}
   */
  public Assignment {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    if (!isName(name, 0, name.length())) {
      throw new IllegalArgumentException("not a variable name: " + name);
    }
    if (value.end() != end || value.start() != start + name.length() + 1) {
      throw new IllegalArgumentException("value " + value.start() + ".." + value.end() + " does not follow "
          + name + "= at " + start + ".." + end);
    }
  }

  /**
   * The assignment as written: {@code NAME=} and the raw value.
   *
   * @return {@code FOO='a b'} for {@code FOO='a b'}, quotes kept; {@code FOO=} when the value is empty
   */
  public String raw() {
    return name + "=" + value.raw();
  }

  /** Reads {@code word} as an assignment when it starts with an unquoted {@code NAME=}. */
  static Optional<Assignment> of(Word word) {
    String raw = word.raw();
    int equals = raw.indexOf('=');
    if (equals <= 0 || !isName(raw, 0, equals)) {
      return Optional.empty();
    }
    int valueStart = word.start() + equals + 1;
    // The name part holds no quotes or escapes, so the text starts with the same "NAME=".
    Word value = new Word(raw.substring(equals + 1), valueStart, word.end(), word.text().substring(equals + 1),
        word.hasExpansion(), word.hasGlob());
    return Optional.of(new Assignment(raw.substring(0, equals), value, word.start(), word.end()));
  }

  static boolean isName(CharSequence text, int from, int to) {
    if (from >= to || !isNameStart(text.charAt(from))) {
      return false;
    }
    for (int i = from + 1; i < to; i++) {
      if (!isNameChar(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static boolean isNameStart(int c) {
    return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static boolean isNameChar(int c) {
    return isNameStart(c) || (c >= '0' && c <= '9');
  }
}
