package dev.dockwright.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Dockerfile's lines the way BuildKit's parser (frontend/dockerfile/parser) splits them into
 * instructions: parser directives at the top, comment and blank lines, continuation lines (with the comment
 * and empty lines inside them dropped), and heredoc bodies after RUN, COPY and ADD (also under ONBUILD).
 * It does not look inside instructions beyond what finding heredocs needs.
 *
 * <p>Written for the tests from BuildKit's sources, independently of the renderer and of the model's own
 * checks, so that a property can compare what the model holds with what a builder would see.
 */
final class BuildKitLineReader {
  private BuildKitLineReader() {}

  /**
   * What was read: directives as {@code name=value}, the keyword of each instruction, the flags of each
   * instruction (of the trigger, for ONBUILD) as written, and problems.
   */
  record Read(List<String> directives, List<String> keywords, List<List<String>> flags, List<String> problems) {}

  // parser.go reDirectives; Go's \s is [\t\n\f\r ], and Go's '.' and '$' are Java's with DOTALL and \z.
  private static final Pattern DIRECTIVE = Pattern.compile(
      "^#[\\t\\n\\f\\r ]*([a-zA-Z][a-zA-Z0-9]*)[\\t\\n\\f\\r ]*=[\\t\\n\\f\\r ]*(.+?)[\\t\\n\\f\\r ]*\\z",
      Pattern.DOTALL);
  private static final Set<String> KNOWN_DIRECTIVES = Set.of("syntax", "escape", "check");
  // parser.go reHeredoc.
  private static final Pattern HEREDOC = Pattern.compile("^(\\d*)<<(-?)[\\t\\n\\f\\r ]*([^<]*)\\z");
  // parser.go reWhitespace, which splits the keyword from the rest and flags from each other.
  private static final Pattern WHITESPACE = Pattern.compile("[\\t\\u000B\\f\\r ]+");

  static Read read(String text) {
    List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
    if (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
      lines.remove(lines.size() - 1);
    }
    List<String> directives = new ArrayList<>();
    List<String> keywords = new ArrayList<>();
    List<List<String>> flags = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    char escape = '\\';
    int i = 0;
    while (i < lines.size()) {
      Matcher m = DIRECTIVE.matcher(trimLeftSpace(lines.get(i)));
      if (!m.matches() || !KNOWN_DIRECTIVES.contains(m.group(1).toLowerCase(Locale.ROOT))) {
        break;
      }
      String name = m.group(1).toLowerCase(Locale.ROOT);
      if (directives.stream().anyMatch(d -> d.startsWith(name + "="))) {
        problems.add("only one " + name + " parser directive can be used");
      }
      directives.add(name + "=" + m.group(2));
      if (name.equals("escape")) {
        if (!m.group(2).equals("\\") && !m.group(2).equals("`")) {
          problems.add("invalid escape token " + m.group(2));
        }
        escape = m.group(2).charAt(0);
      }
      i++;
    }
    Pattern continuation = Pattern.compile(Pattern.quote(String.valueOf(escape)) + "[ \\t]*\\z");
    while (i < lines.size()) {
      String first = trimLeftSpace(lines.get(i++));
      if (first.isEmpty() || first.startsWith("#")) {
        continue;
      }
      StringBuilder line = new StringBuilder();
      Matcher c = continuation.matcher(first);
      boolean continues = c.find();
      line.append(continues ? first.substring(0, c.start()) : first);
      while (continues && i < lines.size()) {
        String next = lines.get(i++);
        String trimmed = trimLeftSpace(next);
        if (trimmed.isEmpty() || trimmed.startsWith("#")) {
          continue;
        }
        c = continuation.matcher(next);
        continues = c.find();
        line.append(continues ? next.substring(0, c.start()) : next);
      }
      String logical = line.toString().strip();
      String[] split = WHITESPACE.split(logical, 2);
      String keyword = split[0].toUpperCase(Locale.ROOT);
      keywords.add(keyword);
      String rest = split.length > 1 ? split[1] : "";
      if (keyword.equals("ONBUILD")) {
        String[] inner = WHITESPACE.split(rest.strip(), 2);
        keyword = inner[0].toUpperCase(Locale.ROOT);
        rest = inner.length > 1 ? inner[1] : "";
      }
      flags.add(flags(rest));
      if (!Set.of("RUN", "COPY", "ADD").contains(keyword) || !logical.contains("<<") || isJson(afterFlags(rest))) {
        continue;
      }
      for (Heredoc h : heredocs(logical)) {
        boolean terminated = false;
        while (i < lines.size()) {
          String body = lines.get(i++);
          String candidate = h.chomp ? body.replaceFirst("^\\t+", "") : body;
          if (candidate.equals(h.name)) {
            terminated = true;
            break;
          }
        }
        if (!terminated) {
          problems.add("unterminated heredoc " + h.name + " of " + keyword);
        }
      }
    }
    return new Read(directives, keywords, flags, problems);
  }

  /**
   * parser.go extractBuilderFlags: the words at the start of the arguments that begin with "--". It reads the
   * UTF-8 bytes one by one and asks unicode.IsSpace of each, so the bytes 0x85 and 0xA0 inside a multi-byte
   * character end a flag too. Flags here hold no quotes, which it would also handle.
   */
  static List<String> flags(String rest) {
    byte[] bytes = rest.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    List<String> flags = new ArrayList<>();
    int pos = 0;
    while (true) {
      while (pos < bytes.length && isByteSpace(bytes[pos])) {
        pos++;
      }
      if (pos + 1 >= bytes.length || bytes[pos] != '-' || bytes[pos + 1] != '-') {
        return flags;
      }
      int start = pos;
      while (pos < bytes.length && !isByteSpace(bytes[pos])) {
        pos++;
      }
      String word = new String(bytes, start, pos - start, java.nio.charset.StandardCharsets.UTF_8);
      if (!word.equals("--")) {
        flags.add(word);
      }
    }
  }

  private static boolean isByteSpace(byte b) {
    int c = b & 0xff;
    return (c >= '\t' && c <= '\r') || c == ' ' || c == 0x85 || c == 0xA0;
  }

  /** Go's unicode.IsSpace. */
  static boolean isSpace(int c) {
    return (c >= '\t' && c <= '\r') || c == ' ' || c == 0x85 || c == 0xA0 || Character.isSpaceChar(c);
  }

  private static String trimLeftSpace(String s) {
    int i = 0;
    while (i < s.length() && isSpace(s.charAt(i))) {
      i++;
    }
    return s.substring(i);
  }

  // extractBuilderFlags: leading words that start with "--" are flags.
  private static String afterFlags(String rest) {
    String r = rest.strip();
    while (r.startsWith("--")) {
      String[] split = WHITESPACE.split(r, 2);
      r = split.length > 1 ? split[1].strip() : "";
    }
    return r;
  }

  // parseJSON: the whole rest is a JSON array of strings.
  private static boolean isJson(String args) {
    String s = args.strip();
    if (!s.startsWith("[")) {
      return false;
    }
    int[] pos = {1};
    try {
      skipJsonSpace(s, pos);
      if (s.charAt(pos[0]) == ']') {
        pos[0]++;
      } else {
        while (true) {
          skipJsonSpace(s, pos);
          jsonString(s, pos);
          skipJsonSpace(s, pos);
          char ch = s.charAt(pos[0]++);
          if (ch == ']') {
            break;
          }
          if (ch != ',') {
            return false;
          }
        }
      }
      skipJsonSpace(s, pos);
      return pos[0] == s.length();
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static void skipJsonSpace(String s, int[] pos) {
    while (pos[0] < s.length() && " \t\n\r".indexOf(s.charAt(pos[0])) >= 0) {
      pos[0]++;
    }
  }

  private static void jsonString(String s, int[] pos) {
    if (s.charAt(pos[0]++) != '"') {
      throw new IllegalStateException();
    }
    while (true) {
      char ch = s.charAt(pos[0]++);
      if (ch == '"') {
        return;
      }
      if (ch < 0x20) {
        throw new IllegalStateException();
      }
      if (ch == '\\') {
        char e = s.charAt(pos[0]++);
        if (e == 'u') {
          Integer.parseInt(s.substring(pos[0], pos[0] + 4), 16);
          pos[0] += 4;
        } else if ("\"\\/bfnrt".indexOf(e) < 0) {
          throw new IllegalStateException();
        }
      }
    }
  }

  /** A heredoc found in an instruction line. */
  record Heredoc(String name, boolean chomp) {}

  /** parser.go heredocsFromLine: lex the line into words, and match each word against reHeredoc. */
  static List<Heredoc> heredocs(String line) {
    List<String> words;
    try {
      words = new Lexer(line, true).words();
    } catch (IllegalStateException e) {
      return List.of(); // BuildKit ignores the lexing error, and with it every heredoc of the line.
    }
    List<Heredoc> docs = new ArrayList<>();
    for (String word : words) {
      Matcher m = HEREDOC.matcher(word);
      if (!m.matches()) {
        continue;
      }
      List<String> nameWords;
      try {
        nameWords = new Lexer(m.group(3), false).words();
      } catch (IllegalStateException e) {
        continue;
      }
      if (nameWords.size() == 1) {
        docs.add(new Heredoc(nameWords.get(0), m.group(2).equals("-")));
      }
    }
    return docs;
  }

  /**
   * shell/lex.go's ProcessWords with an empty environment, SkipUnsetEnv and the escape token {@code \}: the
   * words of a line, split at unquoted whitespace. With {@code raw}, quotes and escapes stay in the words
   * (RawQuotes, RawEscapes), as when BuildKit looks for heredocs.
   */
  static final class Lexer {
    private final String s;
    private final boolean raw;
    private int pos;
    private final List<String> words = new ArrayList<>();
    private final StringBuilder word = new StringBuilder();
    private boolean inWord;

    Lexer(String s, boolean raw) {
      this.s = s;
      this.raw = raw;
    }

    List<String> words() {
      while (pos < s.length()) {
        char ch = s.charAt(pos);
        if (ch == '$') {
          addString(dollar());
        } else if (ch == '<') {
          addRaw(possibleHeredoc());
        } else if (ch == '\'') {
          addRaw(singleQuote());
        } else if (ch == '"') {
          addRaw(doubleQuote());
        } else {
          pos++;
          if (ch == '\\') {
            if (raw) {
              addRaw("\\");
            }
            if (pos >= s.length()) {
              break;
            }
            addRaw(String.valueOf(s.charAt(pos++)));
          } else {
            addChar(ch);
          }
        }
      }
      if (word.length() > 0) {
        words.add(word.toString());
      }
      return words;
    }

    private void addChar(char ch) {
      if (isSpace(ch)) {
        if (inWord && word.length() > 0) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(ch);
        inWord = true;
      }
    }

    private void addString(String text) {
      for (char ch : text.toCharArray()) {
        addChar(ch);
      }
    }

    private void addRaw(String text) {
      word.append(text);
      inWord = true;
    }

    private String possibleHeredoc() {
      pos++;
      if (pos >= s.length() || s.charAt(pos) != '<') {
        return "<";
      }
      pos++;
      StringBuilder sb = new StringBuilder("<<");
      while (pos < s.length() && " \t\r\n".indexOf(s.charAt(pos)) >= 0) {
        sb.append(s.charAt(pos++));
      }
      return sb.toString();
    }

    private String singleQuote() {
      StringBuilder sb = new StringBuilder();
      pos++;
      if (raw) {
        sb.append('\'');
      }
      while (true) {
        if (pos >= s.length()) {
          throw new IllegalStateException("unterminated single quote");
        }
        char ch = s.charAt(pos++);
        if (ch == '\'') {
          if (raw) {
            sb.append(ch);
          }
          return sb.toString();
        }
        sb.append(ch);
      }
    }

    private String doubleQuote() {
      StringBuilder sb = new StringBuilder();
      pos++;
      if (raw) {
        sb.append('"');
      }
      while (true) {
        if (pos >= s.length()) {
          throw new IllegalStateException("unterminated double quote");
        }
        char ch = s.charAt(pos);
        if (ch == '"') {
          pos++;
          if (raw) {
            sb.append(ch);
          }
          return sb.toString();
        }
        if (ch == '$') {
          sb.append(dollar());
          continue;
        }
        pos++;
        if (ch == '\\') {
          if (raw) {
            sb.append(ch);
          }
          if (pos >= s.length()) {
            continue;
          }
          char next = s.charAt(pos);
          if (next == '"' || next == '$' || next == '\\') {
            ch = next;
            pos++;
          }
        }
        sb.append(ch);
      }
    }

    // processDollar with SkipUnsetEnv and no variable set: references come back as written.
    private String dollar() {
      int start = pos;
      pos++;
      if (pos >= s.length() || s.charAt(pos) != '{') {
        String name = name();
        return name.isEmpty() ? "$" : s.substring(start, pos);
      }
      pos++;
      if (pos >= s.length()) {
        throw new IllegalStateException("missing }");
      }
      char first = s.charAt(pos);
      if (first == '{' || first == '}' || first == ':') {
        throw new IllegalStateException("bad substitution");
      }
      name();
      if (pos >= s.length()) {
        throw new IllegalStateException("missing }");
      }
      char ch = s.charAt(pos++);
      if (ch == '}') {
        return s.substring(start, pos);
      }
      if (ch == ':') {
        if (pos >= s.length()) {
          throw new IllegalStateException("missing }");
        }
        ch = s.charAt(pos++);
      }
      if ("+-?#%".indexOf(ch) >= 0) {
        stopOn('}');
        return s.substring(start, pos);
      }
      if (ch == '/') {
        stopOn('/');
        stopOn('}');
        return s.substring(start, pos);
      }
      throw new IllegalStateException("unsupported modifier");
    }

    // processStopOn(stop): the text up to the stop character, with quotes and references inside.
    private void stopOn(char stop) {
      while (pos < s.length()) {
        char ch = s.charAt(pos);
        if (ch == stop) {
          pos++;
          return;
        }
        if (ch == '$') {
          dollar();
        } else if (ch == '\'') {
          singleQuote();
        } else if (ch == '"') {
          doubleQuote();
        } else if (ch == '<') {
          possibleHeredoc();
        } else {
          pos++;
          if (ch == '\\') {
            if (pos >= s.length()) {
              break;
            }
            pos++;
          }
        }
      }
      throw new IllegalStateException("missing " + stop);
    }

    private String name() {
      int start = pos;
      if (pos < s.length() && Character.isDigit(s.charAt(pos))) {
        while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
          pos++;
        }
        return s.substring(start, pos);
      }
      if (pos < s.length() && "@*#?-$!0".indexOf(s.charAt(pos)) >= 0) {
        pos++;
        return s.substring(start, pos);
      }
      while (pos < s.length()
          && (Character.isLetter(s.charAt(pos)) || Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '_')) {
        pos++;
      }
      return s.substring(start, pos);
    }
  }
}
