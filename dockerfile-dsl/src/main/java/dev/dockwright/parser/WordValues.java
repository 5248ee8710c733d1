package dev.dockwright.parser;

import dev.dockwright.model.Value;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a word as written in a Dockerfile into a {@link Value}: quotes removed and escapes processed as
 * BuildKit's lexer does, with variable references kept as references instead of being expanded.
 */
final class WordValues {
  private WordValues() {}

  /** The value of a word; null when the word is malformed (an unclosed quote or brace). */
  static Value read(String word, char escape) {
    if (isPlain(word, escape)) {
      return Value.literal(word); // what the loop below gives for a word without quotes, escapes or dollars
    }
    List<Value.Part> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    int i = 0;
    int n = word.length();
    while (i < n) {
      char c = word.charAt(i);
      if (c == escape) {
        if (i + 1 < n) {
          literal.append(word.charAt(i + 1));
        }
        i += 2;
      } else if (c == '\'') {
        int close = word.indexOf('\'', i + 1);
        if (close < 0) {
          return null;
        }
        literal.append(word, i + 1, close);
        i = close + 1;
      } else if (c == '"') {
        i++;
        boolean closed = false;
        while (i < n) {
          char d = word.charAt(i);
          if (d == '"') {
            closed = true;
            i++;
            break;
          }
          if (d == escape && i + 1 < n) {
            char e = word.charAt(i + 1);
            if (e == '"' || e == '$' || e == escape) {
              literal.append(e);
              i += 2;
              continue;
            }
            literal.append(d);
            i++;
            continue;
          }
          if (d == '$') {
            int end = referenceEnd(word, i, escape);
            if (end < 0) {
              return null;
            }
            if (end > i) {
              flush(parts, literal);
              parts.add(new Value.Reference(word.substring(i, end)));
              i = end;
              continue;
            }
          }
          literal.append(d);
          i++;
        }
        if (!closed) {
          return null;
        }
      } else if (c == '$') {
        int end = referenceEnd(word, i, escape);
        if (end < 0) {
          return null;
        }
        if (end > i) {
          flush(parts, literal);
          parts.add(new Value.Reference(word.substring(i, end)));
          i = end;
        } else {
          literal.append(c);
          i++;
        }
      } else {
        literal.append(c);
        i++;
      }
    }
    flush(parts, literal);
    return Value.ofParts(parts);
  }

  // No character that the loop in read treats specially: most words (paths, names, versions).
  static boolean isPlain(String word, char escape) {
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (c == escape || c == '\'' || c == '"' || c == '$') {
        return false;
      }
    }
    return true;
  }

  private static void flush(List<Value.Part> parts, StringBuilder literal) {
    if (literal.length() > 0) {
      parts.add(new Value.Literal(literal.toString()));
      literal.setLength(0);
    }
  }

  /**
   * The end of the reference starting at {@code $} at {@code start}: {@code start} when the dollar starts
   * none, -1 when a brace is not closed. Inside braces, quotes and escapes are skipped over.
   */
  static int referenceEnd(String s, int start, char escape) {
    int i = start + 1;
    if (i >= s.length()) {
      return start;
    }
    char c = s.charAt(i);
    if (c == '{') {
      int depth = 1;
      int j = i + 1;
      while (j < s.length()) {
        char d = s.charAt(j);
        if (d == escape) {
          j += 2;
          continue;
        }
        if (d == '\'' || d == '"') {
          int close = s.indexOf(d, j + 1);
          if (close < 0) {
            return -1;
          }
          j = close + 1;
          continue;
        }
        if (d == '{') {
          depth++;
        } else if (d == '}') {
          depth--;
          if (depth == 0) {
            String expression = s.substring(start, j + 1);
            return isReference(expression) ? j + 1 : -1;
          }
        }
        j++;
      }
      return -1;
    }
    if (c == '_' || (c < 128 && Character.isLetter(c))) {
      int j = i + 1;
      while (j < s.length() && (s.charAt(j) == '_' || (s.charAt(j) < 128 && Character.isLetterOrDigit(s.charAt(j))))) {
        j++;
      }
      return j;
    }
    return start;
  }

  private static boolean isReference(String expression) {
    try {
      new Value.Reference(expression);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
