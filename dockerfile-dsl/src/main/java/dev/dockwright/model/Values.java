package dev.dockwright.model;

import java.util.List;
import java.util.Objects;

/** Argument checks shared by the model's compact constructors. */
final class Values {
  private Values() {}

  static String requireSingleLine(String value, String what) {
    Objects.requireNonNull(value, what);
    if (hasLineBreak(value)) {
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
    List<Value.Part> parts = value.parts();
    for (int i = 0, n = parts.size(); i < n; i++) {
      Value.Part p = parts.get(i);
      String text = p instanceof Value.Literal l ? l.text() : ((Value.Reference) p).expression();
      if (hasLineBreak(text)) {
        requireSingleLine(value.toString(), whatPrefix + whatName); // throws the usual message
      }
    }
  }

  // Values are short (names, paths, versions): one pass over the chars beats two indexOf calls.
  private static boolean hasLineBreak(String text) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c <= '\r' && (c == '\n' || c == '\r')) {
        return true;
      }
    }
    return false;
  }

  /** The ASCII characters a token cannot hold: whitespace, quotes, backslash and backtick. */
  private static final boolean[] NOT_IN_TOKEN = new boolean[0x80];

  static {
    for (char c = 0; c < 0x80; c++) {
      NOT_IN_TOKEN[c] = Character.isWhitespace(c) || c == '"' || c == '\'' || c == '\\' || c == '`';
    }
  }

  static String requireToken(String value, String what) {
    Objects.requireNonNull(value, what);
    if (value.isEmpty()) {
      throw new IllegalArgumentException(what + " is empty");
    }
    for (int i = 0, n = value.length(); i < n; i++) {
      char c = value.charAt(i);
      if (c < 0x80 ? NOT_IN_TOKEN[c] : Character.isWhitespace(c)) {
        throw new IllegalArgumentException("not a valid " + what + ": " + Quoted.of(value));
      }
    }
    if (value.indexOf('$') >= 0 && !plainReferencesOnly(value) && !ShellLines.lexes(value)) {
      throw new IllegalArgumentException("not a valid " + what + ": " + Quoted.of(value));
    }
    return value;
  }

  /**
   * Whether every {@code ${} of a token (no blanks, quotes or backslashes: checked before) opens a plain
   * {@code ${NAME}}: such a token lexes, and the lexer need not be run. {@code $NAME} and a lone {@code $}
   * always lex.
   */
  private static boolean plainReferencesOnly(String token) {
    int n = token.length();
    for (int i = token.indexOf('$'); i >= 0; i = token.indexOf('$', i + 1)) {
      if (i + 1 < n && token.charAt(i + 1) == '{') {
        int j = i + 2;
        while (j < n && isNameChar(token.charAt(j))) {
          j++;
        }
        if (j == i + 2 || j == n || token.charAt(j) != '}' || Character.isDigit(token.charAt(i + 2))) {
          return false; // a modifier, an empty or odd name: the lexer decides
        }
        i = j;
      }
    }
    return true;
  }

  private static boolean isNameChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  }

  /**
   * BuildKit looks heredoc bodies up by delimiter, so two heredocs of one instruction with one delimiter would
   * both get the last body.
   */
  static void requireDistinctDelimiters(List<Heredoc> heredocs) {
    if (heredocs.size() < 2) {
      return;
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Heredoc h : heredocs) {
      if (!seen.add(h.delimiter())) {
        throw new IllegalArgumentException("heredoc delimiter used twice: " + Quoted.of(h.delimiter()));
      }
    }
  }

  /** Each value checked as a token and a flag value (indexed: no iterator for the usual empty list). */
  static void requireFlagTokens(List<String> values, String what) {
    for (int i = 0, n = values.size(); i < n; i++) {
      requireFlagValue(requireToken(values.get(i), what), what);
    }
  }

  /** Whether any of the COPY or ADD sources is a heredoc. */
  static boolean hasHeredoc(List<CopySource> sources) {
    for (int i = 0, n = sources.size(); i < n; i++) {
      if (sources.get(i) instanceof CopySource.Inline) {
        return true;
      }
    }
    return false;
  }

  /** The heredocs among COPY or ADD sources, in order. */
  static List<Heredoc> heredocsOf(List<CopySource> sources) {
    List<Heredoc> heredocs = new java.util.ArrayList<>();
    for (CopySource s : sources) {
      if (s instanceof CopySource.Inline inline) {
        heredocs.add(inline.heredoc());
      }
    }
    return heredocs;
  }

  /**
   * Checks the value of a flag ({@code --chown=...}, a mount option): BuildKit's extractBuilderFlags reads the
   * line byte by byte and takes the bytes 0x85 and 0xA0, which occur inside the UTF-8 form of characters such
   * as {@code à} or U+0085, for blanks that end the flag; and a {@code <<} can join the flag with the next word
   * when BuildKit looks for heredocs.
   */
  static String requireFlagValue(String value, String what) {
    if (value == null) {
      return null;
    }
    // Looking for heredocs, BuildKit's lexer keeps the blanks after "<<" in the word, so a flag ending in "<<"
    // would take the next word, and a heredoc marker there would go unseen.
    if (value.contains("<<")) {
      throw new IllegalArgumentException("not a valid " + what + ": " + Quoted.of(value)
          + " (\"<<\" in a flag can hide a heredoc from BuildKit)");
    }
    if (isAscii(value)) {
      return value; // 0x85 and 0xA0 occur only in the UTF-8 form of non-ASCII characters
    }
    for (byte b : value.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      if (b == (byte) 0x85 || b == (byte) 0xA0) {
        throw new IllegalArgumentException("not a valid " + what + ": " + Quoted.of(value)
            + " (BuildKit splits flags at the bytes 0x85 and 0xA0 of its UTF-8 form)");
      }
    }
    return value;
  }

  private static boolean isAscii(String value) {
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Checks a mount option value: written inside a comma-separated list, so no comma, quote or space. */
  static String requireMountOption(String value, String what) {
    if (value == null) {
      return null;
    }
    if (value.isEmpty() || value.indexOf(',') >= 0) {
      throw new IllegalArgumentException("not a valid mount " + what + ": " + Quoted.of(value));
    }
    requireToken(value, "mount " + what);
    return requireFlagValue(value, "mount " + what);
  }

  /** Checks a mount uid or gid. */
  static Integer requireMountId(Integer value, String what) {
    if (value != null && value < 0) {
      throw new IllegalArgumentException("not a valid mount " + what + ": " + value);
    }
    return value;
  }

  static <T> List<T> copy(List<T> list, String what) {
    Objects.requireNonNull(list, what);
    // indexed: the parser builds many small lists, and an iterator per list shows in its allocation profile
    for (int i = 0, n = list.size(); i < n; i++) {
      if (list.get(i) == null) {
        throw new NullPointerException(what + " contains null");
      }
    }
    return List.copyOf(list);
  }
}
