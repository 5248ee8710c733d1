package dev.dockwright.render;

import dev.dockwright.model.Value;
import java.util.List;

/**
 * Writes values so that BuildKit's lexer (frontend/dockerfile/shell/lex.go) reads them back exactly.
 *
 * <p>Outside quotes the escape character escapes the next character; inside double quotes only the escape
 * character before {@code "}, {@code $} or itself is removed, and {@code $} expands; inside single quotes
 * nothing is processed. So literal text goes in double quotes with those three characters escaped, and
 * variable references are written as they are. Exec form is JSON, and JSON escaping applies there only.
 */
final class Quoting {
  private Quoting() {}

  /** Whether text can be written without quotes in a word that BuildKit splits on whitespace. */
  static boolean isBare(String text, char escape) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // Go's unicode.IsSpace, which BuildKit splits words with, also holds U+0085 (NEL).
      if (c <= ' ' || c == 0x7f || c == '"' || c == '\'' || c == '$' || c == escape || c == '\u00a0'
          || c == '\u0085' || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * A value as one word: bare when nothing in it needs quoting, otherwise in double quotes. References stay
   * outside any escaping so that BuildKit expands them.
   *
   * @param extraSpecial characters that also force quotes in this position (such as {@code =} in a key)
   */
  static String word(Value value, char escape, String extraSpecial) {
    if (value.isEmpty()) {
      return "\"\"";
    }
    if (isBareValue(value, escape, extraSpecial)) {
      StringBuilder sb = new StringBuilder();
      List<Value.Part> parts = value.parts();
      for (int i = 0; i < parts.size(); i++) {
        sb.append(parts.get(i) instanceof Value.Literal l ? l.text() : reference(parts, i));
      }
      return sb.toString();
    }
    StringBuilder sb = new StringBuilder();
    boolean open = false;
    List<Value.Part> parts = value.parts();
    for (int i = 0; i < parts.size(); i++) {
      Value.Part part = parts.get(i);
      if (part instanceof Value.Literal literal) {
        if (!open) {
          sb.append('"');
          open = true;
        }
        appendEscaped(sb, literal.text(), escape);
      } else {
        String expression = reference(parts, i);
        boolean safeInQuotes = expression.indexOf('"') < 0 && expression.indexOf(escape) < 0;
        if (safeInQuotes && !open) {
          sb.append('"');
          open = true;
        } else if (!safeInQuotes && open) {
          sb.append('"');
          open = false;
        }
        sb.append(expression);
      }
    }
    if (open) {
      sb.append('"');
    }
    return sb.toString();
  }

  private static boolean isBareValue(Value value, char escape, String extraSpecial) {
    // A first argument that starts with "--" would be read as a flag.
    if (value.parts().get(0) instanceof Value.Literal first && first.text().startsWith("--")) {
      return false;
    }
    for (Value.Part part : value.parts()) {
      if (part instanceof Value.Literal literal) {
        if (!isBare(literal.text(), escape) || containsAny(literal.text(), extraSpecial)) {
          return false;
        }
      } else {
        String expression = ((Value.Reference) part).expression();
        for (int i = 0; i < expression.length(); i++) {
          char c = expression.charAt(i);
          if (Character.isWhitespace(c) || c == '"' || c == '\'' || c == escape) {
            return false;
          }
        }
      }
    }
    return true;
  }

  private static boolean containsAny(String text, String chars) {
    for (int i = 0; i < chars.length(); i++) {
      if (text.indexOf(chars.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  private static void appendEscaped(StringBuilder sb, String text, char escape) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"' || c == '$' || c == escape) {
        sb.append(escape);
      }
      sb.append(c);
    }
  }

  /**
   * A value as an item of a JSON-form COPY, ADD or VOLUME, before JSON escaping: BuildKit still expands the
   * item as a word, but does not split it, so quotes are not needed and special characters are escaped.
   */
  static String unsplitWord(Value value, char escape) {
    StringBuilder sb = new StringBuilder();
    List<Value.Part> parts = value.parts();
    for (int i = 0; i < parts.size(); i++) {
      Value.Part part = parts.get(i);
      if (part instanceof Value.Literal literal) {
        String text = literal.text();
        for (int j = 0; j < text.length(); j++) {
          char c = text.charAt(j);
          if (c == '"' || c == '\'' || c == '$' || c == escape) {
            sb.append(escape);
          }
          sb.append(c);
        }
      } else {
        sb.append(reference(parts, i));
      }
    }
    return sb.toString();
  }

  /**
   * The reference at {@code index} as written: {@code $NAME} becomes {@code ${NAME}} when the next part goes on
   * with a letter, digit or underscore, which BuildKit would read as part of the name.
   */
  private static String reference(List<Value.Part> parts, int index) {
    Value.Reference reference = (Value.Reference) parts.get(index);
    String expression = reference.expression();
    if (expression.startsWith("${") || index + 1 >= parts.size()
        || !(parts.get(index + 1) instanceof Value.Literal next)) {
      return expression;
    }
    char c = next.text().charAt(0);
    return Character.isLetterOrDigit(c) || c == '_' ? "${" + reference.name() + "}" : expression;
  }

  /** Whether the value holds whitespace in literal text, so that a whitespace-split list needs JSON form. */
  static boolean hasWhitespace(Value value) {
    for (Value.Part part : value.parts()) {
      String text = part instanceof Value.Literal l ? l.text() : ((Value.Reference) part).expression();
      for (int i = 0; i < text.length(); i++) {
        if (Character.isWhitespace(text.charAt(i)) || Character.isSpaceChar(text.charAt(i))) {
          return true;
        }
      }
    }
    return false;
  }

  /** A JSON array of strings, as exec form and SHELL take it. */
  static String jsonArray(List<String> items) {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      jsonString(sb, items.get(i));
    }
    return sb.append(']').toString();
  }

  static void jsonString(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '\b' -> sb.append("\\b");
        case '\f' -> sb.append("\\f");
        default -> {
          if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}
