package dev.dockwright.model;

/**
 * A source of COPY or ADD: a path or pattern (of the context, a stage, or a URL for ADD), or a heredoc whose
 * body becomes the file.
 *
 * <pre>{@code
 * CopySource.path("package.json")
 * CopySource.heredoc(Heredoc.of("EOF", "hello\n"))
 * }</pre>
 */
public sealed interface CopySource {
  /**
   * A path, pattern or URL; {@code $VAR} references expand.
   *
   * <pre>{@code
   * new CopySource.Path(Value.literal("src/"))
   * }</pre>
   *
   * @param path the path, not empty, on one line
   */
  record Path(Value path) implements CopySource {
    /**
     * Checks the path.
     *
     * @param path the path, not empty, on one line
     * @throws NullPointerException when the path is null
     * @throws IllegalArgumentException when the path is empty or holds a line break
     */
    public Path {
      java.util.Objects.requireNonNull(path, "path");
      if (path.isEmpty()) {
        throw new IllegalArgumentException("source path is empty");
      }
      Values.requireSingleLine(path, "source path", "");
    }
  }

  /**
   * A file whose content is given inline; the heredoc's delimiter names the file.
   *
   * <pre>{@code
   * new CopySource.Inline(Heredoc.of("app.conf", "port=8080\n"))
   * }</pre>
   *
   * @param heredoc the file's content
   */
  record Inline(Heredoc heredoc) implements CopySource {
    /**
     * Checks the heredoc.
     *
     * @param heredoc the file's content
     * @throws NullPointerException when the heredoc is null
     */
    public Inline {
      java.util.Objects.requireNonNull(heredoc, "heredoc");
    }
  }

  /**
   * A path in which {@code $VAR} references expand.
   *
   * @param path such as {@code package.json}, {@code src/} or {@code ${APP}/dist}
   * @return the source
   * @throws IllegalArgumentException when the path is empty, holds a line break or an unclosed reference
   */
  static CopySource path(String path) {
    return new Path(Value.of(path));
  }

  /**
   * A file with the heredoc's content, named after its delimiter.
   *
   * @param heredoc the content
   * @return the source
   * @throws NullPointerException when the heredoc is null
   */
  static CopySource heredoc(Heredoc heredoc) {
    return new Inline(heredoc);
  }
}
