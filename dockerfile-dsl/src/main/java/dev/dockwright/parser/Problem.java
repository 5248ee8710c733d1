package dev.dockwright.parser;

import dev.dockwright.model.SourcePosition;
import java.util.Objects;

/**
 * Something the parser refused (or, in lenient mode, kept as an opaque instruction), with where it is.
 *
 * <pre>{@code
 * problem.toString()   // "Dockerfile:3:1: unknown instruction: COPPY (did you mean COPY?)"
 * }</pre>
 *
 * @param file the file name given to the parser, such as {@code Dockerfile}
 * @param position where the problem is: line and column, 1-based
 * @param message what is wrong, with a hint when there is one, such as
 *     {@code unknown instruction: COPPY (did you mean COPY?)}
 */
public record Problem(String file, SourcePosition position, String message) {
  /**
   * Checks the values.
   *
   * @param file the file name
   * @param position where the problem is
   * @param message what is wrong
   * @throws NullPointerException if a value is null
   */
  public Problem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(message, "message");
  }

  /**
   * The problem as the command line prints it.
   *
   * @return {@code FILE:LINE:COLUMN: message}, such as
   *     {@code Dockerfile:2:1: unknown instruction: COPPY (did you mean COPY?)}
   */
  @Override
  public String toString() {
    return file + ":" + position.line() + ":" + position.column() + ": " + message;
  }
}
