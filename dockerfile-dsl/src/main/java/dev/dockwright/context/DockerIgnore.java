package dev.dockwright.context;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A {@code .dockerignore} file: which paths of a build context are left out of it, with exactly Docker's
 * semantics (the Docker CLI and BuildKit read the file with {@code moby/patternmatcher}'s {@code ignorefile}
 * and send the context through {@code fsutil}, which matches every path after its parent directories).
 *
 * <pre>{@code
 * DockerIgnore ignore = DockerIgnore.parse("""
 *     # build output
 *     **}{@code /node_modules
 *     *.md
 *     !README.md
 *     /dist/
 *     """);
 * ignore.excludes("web/node_modules/x/index.js");   // true: ** crosses directories
 * ignore.excludes("CHANGELOG.md");                  // true
 * ignore.excludes("README.md");                     // false: the exception comes later
 * ignore.excludes("docs/guide.md");                 // false: * never crosses a /
 * ignore.excludes("dist/app.js");                   // true: a directory takes what is in it along
 * }</pre>
 *
 * <p>How the file is read:
 * <ul>
 *   <li>A UTF-8 byte order mark at the start is dropped. A line starting with {@code #} (in its first column) is a
 *       comment; other lines are trimmed of blanks, and empty ones skipped.</li>
 *   <li>{@code !} makes a line an exception (blanks after it are trimmed too). Each pattern is cleaned like a path
 *       ({@code a//b/./c/..} is {@code a/b}, a trailing {@code /} goes) and a leading {@code /} dropped: patterns
 *       are always relative to the context root, so {@code /dist/} and {@code dist} mean the same.</li>
 *   <li>A line that is {@code !} alone, or a malformed pattern ({@code [} unclosed, a trailing {@code \}), makes the
 *       whole file invalid: BuildKit refuses to build. {@link #parse} throws.</li>
 * </ul>
 *
 * <p>How a path is matched: {@code *} is any run of characters but {@code /}; {@code ?} one character but
 * {@code /}; {@code [a-z]} and {@code [^a-z]} bracket expressions; {@code \} escapes the next character; {@code **}
 * any number of directories, none included ({@code **}{@code /x} matches {@code x}, {@code a/**} matches all that
 * is inside {@code a} but not {@code a} itself). A pattern matches a path when it matches the whole path or one of
 * its parent directories. Patterns apply in order, and the last one that matches decides: a later exception
 * re-includes, a later pattern excludes again. As in Docker, a path is judged after its parent directories: a
 * pattern that matched a parent counts as matching the path, and a pattern that was not tried on a parent (an
 * exception while the parent was not excluded, a pattern while it already was) is tried on the path itself only.
 * Docker's own quirks are kept: brackets and backslashes reach a Go regular expression, so {@code [*]} does not
 * mean a literal star, and {@code \d} means a digit.
 *
 * <p>Immutable and thread-safe.
 */
public final class DockerIgnore {
  private static final DockerIgnore NONE = new DockerIgnore(List.of());

  private final List<Rule> rules;

  private DockerIgnore(List<Rule> rules) {
    this.rules = rules;
  }

  /**
   * One line of the file after cleaning. A pattern whose regular expression Go cannot compile keeps the error:
   * Docker compiles a pattern the first time it is tried, and fails only then.
   */
  private record Rule(String pattern, boolean exception, Kind kind, Pattern regex, String error) {
    @Override
    public String toString() {
      return exception ? "!" + pattern : pattern;
    }
  }

  private enum Kind {
    EXACT,
    PREFIX,
    SUFFIX,
    REGEX
  }

  /**
   * A file that ignores nothing, as when there is no {@code .dockerignore}.
   *
   * @return the empty rules; {@link #isEmpty()} is true
   */
  public static DockerIgnore none() {
    return NONE;
  }

  /**
   * Reads the text of a {@code .dockerignore} file.
   *
   * @param text the whole file, lines ending with {@code \n} or {@code \r\n}
   * @return the rules; equal to {@link #none()} when the text has no pattern
   * @throws IllegalArgumentException naming the line of a pattern that Docker refuses
   */
  public static DockerIgnore parse(String text) {
    Objects.requireNonNull(text, "text");
    // Lines end at \n, with a \r before it dropped (Go's bufio.ScanLines); a lone \r ends nothing.
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n", -1)) {
      lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
    }
    if (lines.get(0).startsWith("\uFEFF")) {
      lines.set(0, lines.get(0).substring(1));
    }
    return build(lines, true);
  }

  /**
   * The patterns given, each read as one line of a {@code .dockerignore} file (so {@code "!x"} is an exception
   * and comments are skipped).
   *
   * @param lines such as {@code List.of("*.md", "!README.md")}
   * @return the rules, in order
   * @throws IllegalArgumentException for a pattern that Docker refuses
   * @throws NullPointerException if the list or a line is null
   */
  public static DockerIgnore of(List<String> lines) {
    Objects.requireNonNull(lines, "lines");
    lines.forEach(l -> Objects.requireNonNull(l, "line"));
    return build(lines, false);
  }

  // Two passes, as in Docker: ignorefile.ReadAll turns lines into patterns, then patternmatcher.New reads each
  // pattern again (so "/!x", which the first pass cleans to "!x", ends up an exception).
  private static DockerIgnore build(List<String> lines, boolean numbered) {
    List<Rule> rules = new ArrayList<>();
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.startsWith("#")) {
        continue;
      }
      String pattern = goTrim(line);
      if (pattern.isEmpty()) {
        continue;
      }
      boolean invert = pattern.charAt(0) == '!';
      if (invert) {
        pattern = goTrim(pattern.substring(1));
      }
      if (!pattern.isEmpty()) {
        pattern = GoPath.clean(pattern);
        if (pattern.length() > 1 && pattern.charAt(0) == '/') {
          pattern = pattern.substring(1);
        }
      }
      if (invert) {
        pattern = "!" + pattern;
      }
      String where = numbered ? "line " + (n + 1) + ": " : "";
      // patternmatcher.New
      String p = GoPath.clean(goTrim(pattern));
      boolean exception = p.charAt(0) == '!';
      if (exception) {
        if (p.length() == 1) {
          throw new IllegalArgumentException(where + "illegal exclusion pattern: \"!\"");
        }
        p = p.substring(1);
      }
      try {
        GoGlob.checkAsFilepath(p);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(where + "invalid pattern " + quoted(line.trim()) + ": " + e.getMessage(), e);
      }
      rules.add(compile(p, exception, where + "invalid pattern " + quoted(line.trim()) + ": "));
    }
    return rules.isEmpty() ? NONE : new DockerIgnore(List.copyOf(rules));
  }

  /**
   * The patterns after cleaning, in order.
   *
   * @return an unmodifiable list such as {@code [**}{@code /node_modules, *.md, !README.md, dist]}: exceptions
   *     written with their {@code !}
   */
  public List<String> patterns() {
    List<String> out = new ArrayList<>();
    for (Rule r : rules) {
      out.add(r.toString());
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Whether any pattern is an exception ({@code !pattern}): then files inside an excluded directory may still
   * be in the context.
   *
   * @return true when a pattern starts with {@code !}
   */
  public boolean hasExceptions() {
    return rules.stream().anyMatch(Rule::exception);
  }

  /**
   * Whether no pattern is given, so that every path is in the context.
   *
   * @return true for {@link #none()} and for a file of comments and blank lines only
   */
  public boolean isEmpty() {
    return rules.isEmpty();
  }

  /**
   * Whether the path is left out of the build context. The path is relative to the context root, {@code /}
   * separated; it is cleaned first, and a leading {@code /} means the root. The root itself is never left out.
   *
   * @param path such as {@code node_modules/react/index.js}
   * @return true when the builder leaves the path out
   * @throws IllegalArgumentException when a pattern that must be tried for this path is one Go cannot compile
   *     (as {@code [^} at its end): Docker accepts the file and fails the build when it tries that pattern
   * @throws NullPointerException if {@code path} is null
   */
  public boolean excludes(String path) {
    Objects.requireNonNull(path, "path");
    String p = GoPath.inContext(path);
    if (rules.isEmpty() || p.equals(".")) {
      return false;
    }
    String[] parts = p.split("/");
    boolean[] parentMatched = null;
    boolean excluded = false;
    StringBuilder prefix = new StringBuilder();
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        prefix.append('/');
      }
      prefix.append(parts[i]);
      boolean[] matched = new boolean[rules.size()];
      excluded = matchWithParents(prefix.toString(), parentMatched, matched);
      parentMatched = matched;
    }
    return excluded;
  }

  /**
   * Whether the path is in the build context: not {@linkplain #excludes excluded}.
   *
   * @param path relative to the context root, {@code /} separated
   * @return {@code !excludes(path)}
   * @throws IllegalArgumentException as {@link #excludes(String)} does
   */
  public boolean includes(String path) {
    return !excludes(path);
  }

  // Docker's MatchesUsingParentResults: parentMatched is null for a top-level path.
  private boolean matchWithParents(String path, boolean[] parentMatched, boolean[] matched) {
    boolean excluded = false;
    for (int i = 0; i < rules.size(); i++) {
      Rule rule = rules.get(i);
      boolean match = parentMatched != null && parentMatched[i];
      if (!match) {
        if (rule.exception() != excluded) {
          continue;
        }
        match = matches(rule, path);
        // (For a top-level path there are no parent directories to try.)
      }
      matched[i] = match;
      if (match) {
        excluded = !rule.exception();
      }
    }
    return excluded;
  }

  private static boolean matches(Rule rule, String path) {
    if (rule.error() != null) {
      throw new IllegalArgumentException(rule.error());
    }
    String p = rule.pattern();
    switch (rule.kind()) {
      case EXACT:
        return path.equals(p);
      case PREFIX:
        return path.startsWith(p.substring(0, p.length() - 2));
      case SUFFIX: {
        String suffix = p.substring(2);
        if (path.endsWith(suffix)) {
          return true;
        }
        return !suffix.isEmpty() && suffix.charAt(0) == '/' && path.equals(suffix.substring(1));
      }
      default:
        return rule.regex().matcher(path).matches();
    }
  }

  // The pattern matcher's translation of a pattern into a kind of match, and a Go regular expression when needed.
  private static Rule compile(String pattern, boolean exception, String errorPrefix) {
    StringBuilder re = new StringBuilder("^");
    Kind kind = Kind.EXACT;
    int[] cps = pattern.codePoints().toArray();
    int i = 0;
    for (int n = 0; i < cps.length; n++) {
      int c = cps[i++];
      if (c == '*') {
        if (i < cps.length && cps[i] == '*') {
          i++;
          if (i < cps.length && cps[i] == '/') {
            i++;
          }
          if (i >= cps.length) {
            if (kind == Kind.EXACT) {
              kind = Kind.PREFIX;
            } else {
              re.append(".*");
              kind = Kind.REGEX;
            }
          } else {
            re.append("(.*/)?");
            kind = Kind.REGEX;
          }
          if (n == 0) {
            kind = Kind.SUFFIX;
          }
        } else {
          re.append("[^/]*");
          kind = Kind.REGEX;
        }
      } else if (c == '?') {
        re.append("[^/]");
        kind = Kind.REGEX;
      } else if (".+()|{}$".indexOf(c) >= 0) {
        re.append('\\').appendCodePoint(c);
      } else if (c == '\\') {
        if (i < cps.length) {
          re.append('\\').appendCodePoint(cps[i++]);
          kind = Kind.REGEX;
        } else {
          re.append('\\');
        }
      } else if (c == '[' || c == ']') {
        re.appendCodePoint(c);
        kind = Kind.REGEX;
      } else {
        re.appendCodePoint(c);
      }
    }
    Pattern regex = null;
    String error = null;
    if (kind == Kind.REGEX) {
      re.append('$');
      try {
        regex = GoRegex.compile(re.toString());
      } catch (IllegalArgumentException e) {
        error = errorPrefix + e.getMessage();
      }
    }
    return new Rule(pattern, exception, kind, regex, error);
  }

  // Go's strings.TrimSpace for the blanks a text file holds.
  private static String goTrim(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u0085'
        || c == '\u00A0' || Character.isSpaceChar(c);
  }

  private static String quoted(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  /** The patterns, one a line, as they were cleaned. */
  @Override
  public String toString() {
    return String.join("\n", patterns());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DockerIgnore d && d.patterns().equals(patterns());
  }

  @Override
  public int hashCode() {
    return patterns().hashCode();
  }
}
