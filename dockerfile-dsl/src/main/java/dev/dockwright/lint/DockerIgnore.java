package dev.dockwright.lint;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The patterns of a build context's {@code .dockerignore}, read and matched as Docker's builders do: lines
 * starting with {@code #} are comments, each other line is trimmed, cleaned ({@code a/./b/../c} is
 * {@code a/c}) and loses a leading {@code /}; {@code *} and {@code ?} match within one path element,
 * {@code [a-z]} and {@code [^a-z]} are character classes, {@code \} escapes the next character, {@code **}
 * matches any number of elements (also none), and a line starting with {@code !} is an exception that
 * re-includes what earlier lines excluded. The last pattern that matches a path, or one of its parent
 * directories, decides. A pattern that names a directory excludes everything under it, so a trailing
 * {@code /} changes nothing.
 *
 * <pre>{@code
 * DockerIgnore ignore = DockerIgnore.parse("""
 *     # build output
 *     node_modules
 *     dist/**
 *     *.md
 *     !README.md
 *     """);
 * ignore.isExcluded("node_modules/react/index.js");       // true: a parent directory matches
 * ignore.isExcluded("dist/assets/app.js");                // true
 * ignore.isExcluded("web/node_modules/react/index.js");   // false: the pattern names the root's only
 * ignore.isExcluded("CHANGELOG.md");                      // true
 * ignore.isExcluded("README.md");                         // false: the exception comes later
 * ignore.isExcluded("docs/guide.md");                     // false: * does not cross a /
 * ignore.hasExceptions();                                 // true
 * DockerIgnore.read(Path.of("."));                        // Optional.empty() without a .dockerignore
 * }</pre>
 *
 * <p>Immutable and thread-safe. Follows moby's {@code ignorefile.ReadAll} and
 * {@code patternmatcher.MatchesOrParentMatches}, including their quirks: a pattern starting with
 * {@code **} matches any path that ends with the rest ({@code **foo} matches {@code barfoo}), and
 * {@code #} starts a comment only in the first column.
 */
public final class DockerIgnore {
  /** How a pattern matches, as moby's patternmatcher sorts them. */
  private enum Kind {
    EXACT,
    PREFIX,
    SUFFIX,
    REGEX
  }

  private record Rule(String text, boolean exception, Kind kind, java.util.regex.Pattern regex) {}

  private final List<Rule> rules;
  private final boolean exceptions;

  private DockerIgnore(List<Rule> rules) {
    this.rules = List.copyOf(rules);
    this.exceptions = rules.stream().anyMatch(Rule::exception);
  }

  /**
   * Reads the text of a {@code .dockerignore} file.
   *
   * @param text the whole file; a UTF-8 byte order mark at its start is skipped
   * @return the patterns; {@link #isEmpty()} when the text has none
   * @throws IllegalArgumentException when a pattern is malformed ({@code [a}, a trailing {@code \}, a lone
   *     {@code !}), as Docker refuses the build context then
   */
  public static DockerIgnore parse(String text) {
    Objects.requireNonNull(text, "text");
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      if (lines.isEmpty() && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (!line.startsWith("#")) {
        lines.add(line);
      } else {
        lines.add("");
      }
    }
    return of(lines);
  }

  /**
   * Patterns as the lines of a {@code .dockerignore} give them (comments aside): each is trimmed, cleaned and
   * loses a leading {@code /}; a leading {@code !} makes an exception; blank ones are skipped.
   *
   * @param patterns such as {@code List.of("*.md", "!README.md")}
   * @return the patterns, in order
   * @throws IllegalArgumentException when a pattern is malformed
   * @throws NullPointerException if the list or a pattern is null
   */
  public static DockerIgnore of(List<String> patterns) {
    List<Rule> rules = new ArrayList<>();
    for (String p : patterns) {
      String pattern = Objects.requireNonNull(p, "pattern").strip();
      if (pattern.isEmpty()) {
        continue;
      }
      boolean exception = pattern.charAt(0) == '!';
      if (exception) {
        pattern = pattern.substring(1).strip();
        if (pattern.isEmpty()) {
          throw new IllegalArgumentException("illegal exclusion pattern: \"!\"");
        }
      }
      pattern = clean(pattern);
      if (pattern.length() > 1 && pattern.charAt(0) == '/') {
        pattern = pattern.substring(1);
      }
      String error = syntaxError(pattern);
      if (error != null) {
        throw new IllegalArgumentException("not a valid .dockerignore pattern: \"" + pattern + "\" (" + error + ")");
      }
      rules.add(compile(pattern, exception));
    }
    return new DockerIgnore(rules);
  }

  /**
   * Reads {@code .dockerignore} of a build context directory.
   *
   * @param contextDirectory the directory the build sends to the builder
   * @return empty when the directory has no {@code .dockerignore}
   * @throws IOException when the file exists but cannot be read
   * @throws IllegalArgumentException when a pattern is malformed
   */
  public static Optional<DockerIgnore> read(Path contextDirectory) throws IOException {
    Path file = contextDirectory.resolve(".dockerignore");
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    return Optional.of(parse(Files.readString(file, StandardCharsets.UTF_8)));
  }

  /**
   * The patterns, cleaned, in file order.
   *
   * @return such as {@code [node_modules, *.md, !README.md]}: exceptions start with {@code !}
   */
  public List<String> patterns() {
    return rules.stream().map(r -> r.exception() ? "!" + r.text() : r.text()).toList();
  }

  /**
   * Whether any pattern is an exception ({@code !...}): then a directory that is excluded may still have
   * files that are not.
   *
   * @return true when a pattern starts with {@code !}
   */
  public boolean hasExceptions() {
    return exceptions;
  }

  /**
   * Whether there is no pattern at all, so nothing is excluded.
   *
   * @return true for a file of comments and blank lines only
   */
  public boolean isEmpty() {
    return rules.isEmpty();
  }

  /**
   * Whether the builder leaves the path out of the build context: the last pattern that matches the path or
   * one of its parent directories is not an exception. The path is relative to the context root, with
   * {@code /} separators; it is cleaned first, and a leading {@code /} names the context root (as in a COPY
   * source).
   *
   * @param path such as {@code src/app.js} or {@code /README.md}
   * @return true when the builder leaves it out
   * @throws NullPointerException if {@code path} is null
   */
  public boolean isExcluded(String path) {
    String file = clean(Objects.requireNonNull(path, "path"));
    while (file.length() > 1 && file.charAt(0) == '/') {
      file = file.substring(1);
    }
    int slash = file.lastIndexOf('/');
    String[] parents = slash < 0 ? new String[0] : file.substring(0, slash).split("/", -1);
    boolean matched = false;
    for (Rule rule : rules) {
      // an exception can only undo a match, and a pattern only add one
      if (rule.exception() != matched) {
        continue;
      }
      boolean match = matches(rule, file);
      StringBuilder parent = new StringBuilder();
      for (int i = 0; !match && i < parents.length; i++) {
        if (i > 0) {
          parent.append('/');
        }
        parent.append(parents[i]);
        match = matches(rule, parent.toString());
      }
      if (match) {
        matched = !rule.exception();
      }
    }
    return matched;
  }

  @Override
  public String toString() {
    return "DockerIgnore" + patterns();
  }

  private static boolean matches(Rule rule, String path) {
    switch (rule.kind()) {
      case EXACT:
        return path.equals(rule.text());
      case PREFIX:
        return path.startsWith(rule.text().substring(0, rule.text().length() - 2));
      case SUFFIX: {
        String suffix = rule.text().substring(2);
        if (path.endsWith(suffix)) {
          return true;
        }
        // **/foo matches foo
        return !suffix.isEmpty() && suffix.charAt(0) == '/' && path.equals(suffix.substring(1));
      }
      default:
        return rule.regex().matcher(path).matches();
    }
  }

  // moby's Pattern.compile: a pattern that needs no regular expression is matched as text.
  private static Rule compile(String pattern, boolean exception) {
    StringBuilder regex = new StringBuilder();
    Kind kind = Kind.EXACT;
    int[] chars = pattern.codePoints().toArray();
    boolean inClass = false;
    int token = 0;
    for (int i = 0; i < chars.length; token++) {
      int ch = chars[i++];
      if (inClass) {
        // Java reads [ and && inside a class differently from Go: escape them
        if (ch == ']') {
          inClass = false;
          regex.append(']');
        } else if (ch == '\\' && i < chars.length) {
          regex.append('\\').appendCodePoint(chars[i++]);
        } else if (ch == '[' || ch == '&' || ch == '\\') {
          regex.append('\\').appendCodePoint(ch);
        } else {
          regex.appendCodePoint(ch);
        }
        continue;
      }
      if (ch == '*') {
        if (i < chars.length && chars[i] == '*') {
          i++;
          if (i < chars.length && chars[i] == '/') {
            i++;
          }
          if (i >= chars.length) {
            if (kind == Kind.EXACT) {
              kind = Kind.PREFIX;
            } else {
              regex.append(".*");
              kind = Kind.REGEX;
            }
          } else {
            regex.append("(.*/)?");
            kind = Kind.REGEX;
          }
          if (token == 0) {
            kind = Kind.SUFFIX;
          }
        } else {
          regex.append("[^/]*");
          kind = Kind.REGEX;
        }
      } else if (ch == '?') {
        regex.append("[^/]");
        kind = Kind.REGEX;
      } else if (".+()|{}$".indexOf(ch) >= 0) {
        regex.append('\\').appendCodePoint(ch);
      } else if (ch == '\\') {
        if (i < chars.length) {
          int next = chars[i++];
          regex.append(Character.isLetterOrDigit(next) ? "" : "\\").appendCodePoint(next);
          kind = Kind.REGEX;
        } else {
          regex.append("\\\\");
        }
      } else if (ch == '[') {
        regex.append('[');
        inClass = true;
        if (i < chars.length && chars[i] == '^') {
          regex.append('^');
          i++;
        }
        kind = Kind.REGEX;
      } else if (ch == ']') {
        regex.append("\\]");
        kind = Kind.REGEX;
      } else if (ch == '^') {
        regex.append("\\^");
      } else {
        regex.appendCodePoint(ch);
      }
    }
    java.util.regex.Pattern compiled = kind == Kind.REGEX
        ? java.util.regex.Pattern.compile("^" + regex + "$", java.util.regex.Pattern.DOTALL)
        : null;
    return new Rule(pattern, exception, kind, compiled);
  }

  /** Why Go's {@code filepath.Match} refuses the pattern, or null when it accepts it. */
  private static String syntaxError(String pattern) {
    int i = 0;
    int n = pattern.length();
    while (i < n) {
      char c = pattern.charAt(i);
      if (c == '\\') {
        if (i + 1 >= n) {
          return "trailing backslash";
        }
        i += 2;
      } else if (c == '[') {
        i++;
        if (i < n && pattern.charAt(i) == '^') {
          i++;
        }
        int ranges = 0;
        while (true) {
          if (i < n && pattern.charAt(i) == ']' && ranges > 0) {
            i++;
            break;
          }
          int after = classChar(pattern, i);
          if (after < 0) {
            return "unterminated or empty character class";
          }
          i = after;
          if (pattern.charAt(i) == '-') {
            after = classChar(pattern, i + 1);
            if (after < 0) {
              return "malformed range in character class";
            }
            i = after;
          }
          ranges++;
        }
      } else {
        i++;
      }
    }
    return null;
  }

  // Go's getEsc: one (possibly escaped) character of a class; -1 when malformed or nothing follows it.
  private static int classChar(String pattern, int i) {
    int n = pattern.length();
    if (i >= n || pattern.charAt(i) == '-' || pattern.charAt(i) == ']') {
      return -1;
    }
    if (pattern.charAt(i) == '\\') {
      i++;
      if (i >= n) {
        return -1;
      }
    }
    i += Character.charCount(pattern.codePointAt(i));
    return i >= n ? -1 : i;
  }

  /**
   * Go's {@code path.Clean}: the shortest equivalent slash path ({@code ./a//b/../c/} is {@code a/c}, the
   * empty path is {@code .}). A backslash is taken as an ordinary character.
   */
  static String clean(String path) {
    if (path.isEmpty()) {
      return ".";
    }
    boolean rooted = path.charAt(0) == '/';
    List<String> parts = new ArrayList<>();
    for (String element : path.split("/", -1)) {
      if (element.isEmpty() || element.equals(".")) {
        continue;
      }
      if (element.equals("..")) {
        if (!parts.isEmpty() && !parts.get(parts.size() - 1).equals("..")) {
          parts.remove(parts.size() - 1);
        } else if (!rooted) {
          parts.add("..");
        }
        continue;
      }
      parts.add(element);
    }
    String joined = String.join("/", parts);
    if (rooted) {
      return "/" + joined;
    }
    return joined.isEmpty() ? "." : joined;
  }
}
