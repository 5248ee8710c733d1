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
  /** A path, pattern or URL; {@code $VAR} references expand. */
  record Path(Value path) implements CopySource {
    public Path {
      java.util.Objects.requireNonNull(path, "path");
      if (path.isEmpty()) {
        throw new IllegalArgumentException("source path is empty");
      }
      Values.requireSingleLine(path, "source path", "");
    }
  }

  /** A file whose content is given inline. */
  record Inline(Heredoc heredoc) implements CopySource {
    public Inline {
      java.util.Objects.requireNonNull(heredoc, "heredoc");
    }
  }

  /** A path in which {@code $VAR} references expand. */
  static CopySource path(String path) {
    return new Path(Value.of(path));
  }

  /** A file with the heredoc's content. */
  static CopySource heredoc(Heredoc heredoc) {
    return new Inline(heredoc);
  }
}
