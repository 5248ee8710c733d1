package dev.dockwright.context;

import java.util.List;
import java.util.Objects;

/**
 * A source path of COPY, ADD or a bind mount, read against the build context as BuildKit reads it: which files it
 * takes. The text is the source after the Dockerfile's quoting and variables are processed.
 *
 * <pre>{@code
 * SourcePath.of("src").covers("src/lib/a.js");          // true: a directory takes everything in it
 * SourcePath.of("package*.json").covers("package.json"); // true
 * SourcePath.of("*.json").covers("config/app.json");    // false: * never crosses a /
 * SourcePath.of("/app.js").covers("app.js");            // true: / is the context root
 * SourcePath.of("src/*").covers("src/lib/a.js");        // true: src/lib matches, and a.js is inside it
 * SourcePath.of(".").withExcludes(List.of("*.md")).covers("README.md");   // false: COPY --exclude
 * }</pre>
 *
 * <p>A source is cleaned and taken relative to the context root ({@code ./src/}, {@code /src} and {@code src}
 * are the same). One with an unescaped {@code *}, {@code ?} or {@code [} is a glob in Go's {@code path.Match}
 * syntax, matched against each file and each of its parent directories: a matching directory brings all that is
 * inside it. {@code --exclude} patterns (with {@code .dockerignore} syntax) apply to paths relative to the
 * directory the source names or matched.
 */
public final class SourcePath {
  private final String text;
  private final String path;
  private final boolean glob;
  private final DockerIgnore excludes;

  private SourcePath(String text, String path, boolean glob, DockerIgnore excludes) {
    this.text = text;
    this.path = path;
    this.glob = glob;
    this.excludes = excludes;
  }

  /**
   * A source as written (after variable expansion).
   *
   * @param source such as {@code src/}, {@code ./package*.json} or {@code .}
   * @return the source, without excludes
   * @throws IllegalArgumentException when a glob is malformed (such as {@code src/[a})
   * @throws NullPointerException if {@code source} is null
   */
  public static SourcePath of(String source) {
    Objects.requireNonNull(source, "source");
    boolean glob = GoGlob.hasWildcards(source);
    String path = GoPath.inContext(source);
    if (glob) {
      GoGlob.check(path);
    }
    return new SourcePath(source, path, glob, DockerIgnore.none());
  }

  /**
   * This source with {@code --exclude} patterns, replacing any given before.
   *
   * @param patterns in {@code .dockerignore} syntax, such as {@code List.of("*.md", "!keep.md")}
   * @return a new source; this one is unchanged
   * @throws IllegalArgumentException for a pattern that Docker refuses
   */
  public SourcePath withExcludes(List<String> patterns) {
    return new SourcePath(text, path, glob, DockerIgnore.of(patterns));
  }

  /**
   * The source as given.
   *
   * @return the text passed to {@link #of(String)}
   */
  public String text() {
    return text;
  }

  /**
   * The cleaned path relative to the context root.
   *
   * @return such as {@code src} for {@code ./src/}, {@code lib} for {@code /src/../lib}; {@code .} for the
   *     whole context
   */
  public String path() {
    return path;
  }

  /**
   * Whether the source is a glob.
   *
   * @return true when it has an unescaped {@code *}, {@code ?} or {@code [}
   */
  public boolean isGlob() {
    return glob;
  }

  /**
   * Whether the file is among those this source takes.
   *
   * @param file relative to the context root, {@code /} separated, such as {@code src/lib/a.js}
   * @return true when the source names or matches the file or a parent directory of it, and no exclude
   *     pattern leaves it out
   * @throws NullPointerException if {@code file} is null
   */
  public boolean covers(String file) {
    Objects.requireNonNull(file, "file");
    String f = GoPath.inContext(file);
    String root = rootOf(f);
    if (root == null) {
      return false;
    }
    if (excludes.isEmpty() || f.equals(root)) {
      return true;
    }
    String relative = root.equals(".") ? f : f.substring(root.length() + 1);
    return !excludes.excludes(relative);
  }

  // The directory (or file) the source names or matched that holds f, or null.
  private String rootOf(String f) {
    if (!glob) {
      return GoPath.isWithin(f, path) ? path : null;
    }
    if (f.equals(".")) {
      return null;
    }
    int from = 0;
    while (true) {
      int slash = f.indexOf('/', from);
      String prefix = slash < 0 ? f : f.substring(0, slash);
      if (GoGlob.match(path, prefix)) {
        return prefix;
      }
      if (slash < 0) {
        return null;
      }
      from = slash + 1;
    }
  }

  @Override
  public String toString() {
    return text;
  }
}
