package dev.dockwright.shell;

import java.util.Objects;

/**
 * Something the reader could not make sense of; it read on past it.
 *
 * <pre>{@code
 * ShellScript.parse("echo 'oops").problems();  // [ShellProblem[message=unterminated single quote, offset=5]]
 * }</pre>
 *
 * @param message what is wrong, lower case, naming the token: {@code unterminated double quote},
 *     {@code missing fi}, {@code unexpected )}
 * @param offset where in the text: the opening quote or keyword of an unterminated construct, else the offending
 *     token
 */
public record ShellProblem(String message, int offset) {

  /**
   * Checks the message and the offset.
   *
   * @param message what is wrong: {@code unterminated single quote}
   * @param offset where in the text, 0 or more
   * @throws NullPointerException if {@code message} is null
   * @throws IllegalArgumentException if {@code offset} is negative
   */
  public ShellProblem {
    Objects.requireNonNull(message, "message");
    if (offset < 0) {
      throw new IllegalArgumentException("negative offset: " + offset);
    }
  }
}
