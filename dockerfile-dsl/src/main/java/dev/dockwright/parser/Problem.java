package dev.dockwright.parser;

import dev.dockwright.model.SourcePosition;
import java.util.Objects;

/**
 * Something the parser refused (or, in lenient mode, kept as an opaque instruction), with where it is.
 *
 * <pre>{@code
 * problem.toString()   // "Dockerfile:3:1: unknown instruction: COPPY (did you mean COPY?)"
 * }</pre>
 */
public record Problem(String file, SourcePosition position, String message) {
  public Problem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(message, "message");
  }

  /** {@code FILE:LINE:COL: message}. */
  @Override
  public String toString() {
    return file + ":" + position.line() + ":" + position.column() + ": " + message;
  }
}
