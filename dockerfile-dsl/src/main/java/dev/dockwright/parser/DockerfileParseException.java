package dev.dockwright.parser;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a Dockerfile cannot be read. Carries every problem found, not just the first; the message has
 * one {@code FILE:LINE:COL: message} line per problem.
 *
 * <pre>{@code
 * try {
 *   DockerfileParser.strict().parse(text, "Dockerfile");
 * } catch (DockerfileParseException e) {
 *   e.problems().forEach(System.err::println);
 * }
 * }</pre>
 */
public final class DockerfileParseException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /**
   * An exception for the given problems; the message lists them, one a line.
   *
   * @param problems at least one, in source order
   * @throws IllegalArgumentException if {@code problems} is empty
   */
  public DockerfileParseException(List<Problem> problems) {
    super(problems.stream().map(Problem::toString).collect(Collectors.joining("\n")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("no problems");
    }
    this.problems = List.copyOf(problems);
  }

  /**
   * Every problem, in source order.
   *
   * @return an unmodifiable list, never empty
   */
  public List<Problem> problems() {
    return problems;
  }
}
