package dev.dockwright.templates;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the part of TOML that pyproject.toml, Pipfile and uv.lock use: tables and arrays of tables, dotted
 * keys, strings (basic, literal, multi-line), numbers, booleans, arrays over several lines and inline tables.
 * Dates are kept as text. Tables become nested maps; {@code [[x]]} becomes a list of maps.
 */
final class TomlReader {
  private final String text;
  private final String file;
  private int pos;
  private int line = 1;

  private TomlReader(String text, String file) {
    this.text = text;
    this.file = file;
  }

  /** The document as nested maps. */
  static Map<String, Object> parse(String text, String file) {
    return new TomlReader(text.startsWith("\uFEFF") ? text.substring(1) : text, file).document();
  }

  private Map<String, Object> document() {
    Map<String, Object> root = new LinkedHashMap<>();
    Map<String, Object> current = root;
    while (true) {
      skipBlankAndComments();
      if (pos >= text.length()) {
        return root;
      }
      if (text.startsWith("[[", pos)) {
        pos += 2;
        List<String> path = keyPath();
        skipSpace();
        expect(']');
        expect(']');
        Map<String, Object> parent = table(root, path.subList(0, path.size() - 1));
        Object existing = parent.get(path.get(path.size() - 1));
        List<Object> list;
        if (existing instanceof List) {
          @SuppressWarnings("unchecked")
          List<Object> l = (List<Object>) existing;
          list = l;
        } else {
          list = new ArrayList<>();
          parent.put(path.get(path.size() - 1), list);
        }
        current = new LinkedHashMap<>();
        list.add(current);
      } else if (text.charAt(pos) == '[') {
        pos++;
        List<String> path = keyPath();
        skipSpace();
        expect(']');
        current = table(root, path);
      } else {
        keyValue(current);
      }
      endOfLine();
    }
  }

  private void keyValue(Map<String, Object> into) {
    List<String> path = keyPath();
    skipSpace();
    expect('=');
    skipSpace();
    Object value = value();
    table(into, path.subList(0, path.size() - 1)).put(path.get(path.size() - 1), value);
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> table(Map<String, Object> root, List<String> path) {
    Map<String, Object> t = root;
    for (String key : path) {
      Object next = t.get(key);
      if (next instanceof List<?> list && !list.isEmpty() && list.get(list.size() - 1) instanceof Map) {
        t = (Map<String, Object>) list.get(list.size() - 1);
      } else if (next instanceof Map) {
        t = (Map<String, Object>) next;
      } else {
        Map<String, Object> created = new LinkedHashMap<>();
        t.put(key, created);
        t = created;
      }
    }
    return t;
  }

  private List<String> keyPath() {
    List<String> path = new ArrayList<>();
    while (true) {
      skipSpace();
      char c = peek();
      if (c == '"' || c == '\'') {
        path.add(string());
      } else {
        int start = pos;
        while (pos < text.length() && isBareKeyChar(text.charAt(pos))) {
          pos++;
        }
        if (pos == start) {
          throw error("expected a key");
        }
        path.add(text.substring(start, pos));
      }
      skipSpace();
      if (pos < text.length() && text.charAt(pos) == '.') {
        pos++;
      } else {
        return path;
      }
    }
  }

  private static boolean isBareKeyChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-';
  }

  private Object value() {
    char c = peek();
    if (c == '"' || c == '\'') {
      return string();
    }
    if (c == '[') {
      pos++;
      List<Object> list = new ArrayList<>();
      while (true) {
        skipBlankAndComments();
        if (peek() == ']') {
          pos++;
          return list;
        }
        list.add(value());
        skipBlankAndComments();
        if (peek() == ',') {
          pos++;
        } else if (peek() != ']') {
          throw error("expected ',' or ']' in an array");
        }
      }
    }
    if (c == '{') {
      pos++;
      Map<String, Object> map = new LinkedHashMap<>();
      while (true) {
        skipSpace();
        if (peek() == '}') {
          pos++;
          return map;
        }
        keyValue(map);
        skipSpace();
        if (peek() == ',') {
          pos++;
        } else if (peek() != '}') {
          throw error("expected ',' or '}' in an inline table");
        }
      }
    }
    int start = pos;
    while (pos < text.length() && ",]}#\n\r".indexOf(text.charAt(pos)) < 0) {
      pos++;
    }
    String word = text.substring(start, pos).strip();
    if (word.isEmpty()) {
      throw error("expected a value");
    }
    if (word.equals("true") || word.equals("false")) {
      return Boolean.valueOf(word);
    }
    return word;
  }

  private String string() {
    char quote = text.charAt(pos);
    boolean multi = text.startsWith(String.valueOf(quote).repeat(3), pos);
    pos += multi ? 3 : 1;
    if (multi && pos < text.length() && text.charAt(pos) == '\n') {
      pos++;
      line++;
    } else if (multi && text.startsWith("\r\n", pos)) {
      pos += 2;
      line++;
    }
    StringBuilder sb = new StringBuilder();
    while (true) {
      if (pos >= text.length()) {
        throw error("unterminated string");
      }
      if (multi ? text.startsWith(String.valueOf(quote).repeat(3), pos) : text.charAt(pos) == quote) {
        pos += multi ? 3 : 1;
        return sb.toString();
      }
      char c = text.charAt(pos++);
      if (c == '\n') {
        if (!multi) {
          throw error("unterminated string");
        }
        line++;
      }
      if (c == '\\' && quote == '"') {
        char e = text.charAt(pos++);
        switch (e) {
          case 'n' -> sb.append('\n');
          case 't' -> sb.append('\t');
          case 'r' -> sb.append('\r');
          case 'u' -> {
            sb.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
            pos += 4;
          }
          case '\n' -> {
            line++;
            while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
              if (text.charAt(pos) == '\n') {
                line++;
              }
              pos++;
            }
          }
          default -> sb.append(e);
        }
      } else {
        sb.append(c);
      }
    }
  }

  private void endOfLine() {
    skipSpace();
    if (pos < text.length() && text.charAt(pos) == '#') {
      while (pos < text.length() && text.charAt(pos) != '\n') {
        pos++;
      }
    }
    if (pos < text.length() && text.charAt(pos) == '\r') {
      pos++;
    }
    if (pos < text.length()) {
      if (text.charAt(pos) != '\n') {
        throw error("expected the end of the line");
      }
      pos++;
      line++;
    }
  }

  private void skipSpace() {
    while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t')) {
      pos++;
    }
  }

  private void skipBlankAndComments() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c == '\n') {
        line++;
        pos++;
      } else if (Character.isWhitespace(c)) {
        pos++;
      } else if (c == '#') {
        while (pos < text.length() && text.charAt(pos) != '\n') {
          pos++;
        }
      } else {
        return;
      }
    }
  }

  private char peek() {
    if (pos >= text.length()) {
      throw error("unexpected end of file");
    }
    return text.charAt(pos);
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error("expected '" + c + "'");
    }
    pos++;
  }

  private IllegalArgumentException error(String what) {
    return new IllegalArgumentException(file + ":" + line + ": not valid TOML: " + what);
  }
}
