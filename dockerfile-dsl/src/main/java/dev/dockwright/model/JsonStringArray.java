package dev.dockwright.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a JSON array of strings, the exec form of RUN, CMD, ENTRYPOINT, SHELL, VOLUME and COPY. BuildKit
 * falls back to shell form when the text is not such an array, so "not an array" is an answer here, not an
 * error.
 *
 * <pre>{@code
 * JsonStringArray.parse("[\"node\", \"server.js\"]")   // [node, server.js]
 * JsonStringArray.parse("[ -f x ] && echo")            // null
 * }</pre>
 */
final class JsonStringArray {
  private final String text;
  private int pos;

  private JsonStringArray(String text) {
    this.text = text;
  }

  /** The strings of the array, or null when the text (surrounding whitespace aside) is not one. */
  static List<String> parse(String text) {
    // "not an array" is common (a shell command starting with "[" is a test), so it is a null answer all
    // the way up, never an exception: filling in a stack trace would cost more than the whole read
    JsonStringArray reader = new JsonStringArray(text);
    List<String> items = reader.array();
    if (items == null) {
      return null;
    }
    reader.skipSpace();
    return reader.pos == text.length() ? items : null;
  }

  private List<String> array() {
    skipSpace();
    if (!expect('[')) {
      return null;
    }
    List<String> items = new ArrayList<>();
    skipSpace();
    if (pos < text.length() && text.charAt(pos) == ']') {
      pos++;
      return items;
    }
    while (true) {
      skipSpace();
      String item = string();
      if (item == null) {
        return null;
      }
      items.add(item);
      skipSpace();
      if (pos >= text.length()) {
        return null;
      }
      char c = text.charAt(pos++);
      if (c == ']') {
        return items;
      }
      if (c != ',') {
        return null;
      }
    }
  }

  /** A JSON string at pos, or null when there is none. */
  private String string() {
    if (!expect('"')) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == '"') {
        return sb.toString();
      }
      if (c < 0x20) {
        return null;
      }
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      if (pos >= text.length()) {
        return null;
      }
      char e = text.charAt(pos++);
      switch (e) {
        case '"', '\\', '/' -> sb.append(e);
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case 't' -> sb.append('\t');
        case 'u' -> {
          if (pos + 4 > text.length()) {
            return null;
          }
          int code = 0;
          for (int i = 0; i < 4; i++) {
            int digit = Character.digit(text.charAt(pos + i), 16);
            if (digit < 0) {
              return null;
            }
            code = code * 16 + digit;
          }
          sb.append((char) code);
          pos += 4;
        }
        default -> {
          return null;
        }
      }
    }
    return null; // unterminated
  }

  private boolean expect(char c) {
    if (pos < text.length() && text.charAt(pos) == c) {
      pos++;
      return true;
    }
    return false;
  }

  private void skipSpace() {
    while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t'
        || text.charAt(pos) == '\n' || text.charAt(pos) == '\r')) {
      pos++;
    }
  }
}
