package dev.dockwright.templates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON into maps, lists, strings, numbers (as their text), booleans and null. Lenient where project files
 * are: {@code //} and {@code /* *}{@code /} comments and trailing commas, as tsconfig.json allows.
 */
final class JsonReader {
  private final String text;
  private final String file;
  private int pos;

  private JsonReader(String text, String file) {
    this.text = text;
    this.file = file;
  }

  /** The value of the whole text; {@code file} names it in error messages. */
  static Object parse(String text, String file) {
    JsonReader reader = new JsonReader(text.startsWith("\uFEFF") ? text.substring(1) : text, file);
    Object value = reader.value();
    reader.skip();
    if (reader.pos != reader.text.length()) {
      throw reader.error("unexpected text after the value");
    }
    return value;
  }

  /** The top-level object of the text. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> parseObject(String text, String file) {
    Object value = parse(text, file);
    if (!(value instanceof Map)) {
      throw new IllegalArgumentException(file + ": not a JSON object");
    }
    return (Map<String, Object>) value;
  }

  private Object value() {
    skip();
    if (pos >= text.length()) {
      throw error("unexpected end of text");
    }
    char c = text.charAt(pos);
    if (c == '{') {
      return object();
    }
    if (c == '[') {
      return array();
    }
    if (c == '"') {
      return string();
    }
    if (text.startsWith("true", pos)) {
      pos += 4;
      return Boolean.TRUE;
    }
    if (text.startsWith("false", pos)) {
      pos += 5;
      return Boolean.FALSE;
    }
    if (text.startsWith("null", pos)) {
      pos += 4;
      return null;
    }
    int start = pos;
    while (pos < text.length() && "+-0123456789.eE".indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
    if (pos == start) {
      throw error("unexpected character '" + c + "'");
    }
    return text.substring(start, pos);
  }

  private Map<String, Object> object() {
    Map<String, Object> map = new LinkedHashMap<>();
    pos++;
    while (true) {
      skip();
      if (peek() == '}') {
        pos++;
        return map;
      }
      String key = string();
      skip();
      expect(':');
      map.put(key, value());
      skip();
      if (peek() == ',') {
        pos++;
      } else if (peek() != '}') {
        throw error("expected ',' or '}'");
      }
    }
  }

  private List<Object> array() {
    List<Object> list = new ArrayList<>();
    pos++;
    while (true) {
      skip();
      if (peek() == ']') {
        pos++;
        return list;
      }
      list.add(value());
      skip();
      if (peek() == ',') {
        pos++;
      } else if (peek() != ']') {
        throw error("expected ',' or ']'");
      }
    }
  }

  private String string() {
    if (peek() != '"') {
      throw error("expected a string");
    }
    pos++;
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (pos >= text.length()) {
        throw error("unterminated string");
      }
      char c = text.charAt(pos++);
      if (c == '"') {
        return sb.toString();
      }
      if (c != '\\') {
        sb.append(c);
        continue;
      }
      char e = text.charAt(pos++);
      switch (e) {
        case 'n' -> sb.append('\n');
        case 't' -> sb.append('\t');
        case 'r' -> sb.append('\r');
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'u' -> {
          sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
          pos += 4;
        }
        default -> sb.append(e);
      }
    }
  }

  private char peek() {
    if (pos >= text.length()) {
      throw error("unexpected end of text");
    }
    return text.charAt(pos);
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error("expected '" + c + "'");
    }
    pos++;
  }

  private void skip() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (Character.isWhitespace(c)) {
        pos++;
      } else if (text.startsWith("//", pos)) {
        while (pos < text.length() && text.charAt(pos) != '\n') {
          pos++;
        }
      } else if (text.startsWith("/*", pos)) {
        int end = text.indexOf("*/", pos + 2);
        pos = end < 0 ? text.length() : end + 2;
      } else {
        return;
      }
    }
  }

  private IllegalArgumentException error(String what) {
    int line = 1;
    for (int i = 0; i < Math.min(pos, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return new IllegalArgumentException(file + ":" + line + ": not valid JSON: " + what);
  }
}
