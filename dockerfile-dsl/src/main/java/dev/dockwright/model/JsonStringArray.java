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
    JsonStringArray reader = new JsonStringArray(text);
    try {
      List<String> items = reader.array();
      reader.skipSpace();
      return reader.pos == text.length() ? items : null;
    } catch (IndexOutOfBoundsException | IllegalStateException e) {
      return null;
    }
  }

  private List<String> array() {
    skipSpace();
    expect('[');
    List<String> items = new ArrayList<>();
    skipSpace();
    if (text.charAt(pos) == ']') {
      pos++;
      return items;
    }
    while (true) {
      skipSpace();
      items.add(string());
      skipSpace();
      char c = text.charAt(pos++);
      if (c == ']') {
        return items;
      }
      if (c != ',') {
        throw new IllegalStateException();
      }
    }
  }

  private String string() {
    expect('"');
    StringBuilder sb = new StringBuilder();
    while (true) {
      char c = text.charAt(pos++);
      if (c == '"') {
        return sb.toString();
      }
      if (c < 0x20) {
        throw new IllegalStateException();
      }
      if (c != '\\') {
        sb.append(c);
        continue;
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
          String hex = text.substring(pos, pos + 4);
          for (int i = 0; i < 4; i++) {
            if (Character.digit(hex.charAt(i), 16) < 0) {
              throw new IllegalStateException();
            }
          }
          sb.append((char) Integer.parseInt(hex, 16));
          pos += 4;
        }
        default -> throw new IllegalStateException();
      }
    }
  }

  private void expect(char c) {
    if (text.charAt(pos++) != c) {
      throw new IllegalStateException();
    }
  }

  private void skipSpace() {
    while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t'
        || text.charAt(pos) == '\n' || text.charAt(pos) == '\r')) {
      pos++;
    }
  }
}
