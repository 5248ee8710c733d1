package dev.dockwright.parser;

import dev.dockwright.model.Dockerfile;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the parser read: the Dockerfile (absent when strict parsing refused the file) and every problem found.
 * In lenient mode each problem names an element kept as an opaque instruction, and the Dockerfile is there
 * unless the file breaks a rule that the model itself enforces (such as two stages with the same name; a
 * problem then says which).
 *
 * <pre>{@code
 * ParseResult result = DockerfileParser.lenient().read(text, "Dockerfile");
 * result.problems().forEach(System.err::println);
 * Dockerfile file = result.dockerfile().orElseThrow();
 * }</pre>
 *
 * @param dockerfileOrNull the Dockerfile read, or null when it could not be; {@link #dockerfile()} wraps it
 * @param problems every problem, in source order; empty when the file was read cleanly
 */
public record ParseResult(Dockerfile dockerfileOrNull, List<Problem> problems) {
  /**
   * Checks and copies the values.
   *
   * @param dockerfileOrNull the Dockerfile read, or null
   * @param problems every problem, in source order
   * @throws NullPointerException if {@code problems} or one of them is null
   */
  public ParseResult {
    problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
  }

  /**
   * The Dockerfile, if one could be read.
   *
   * @return the Dockerfile, or empty when strict parsing refused the file
   */
  public Optional<Dockerfile> dockerfile() {
    return Optional.ofNullable(dockerfileOrNull);
  }

  /**
   * Whether the file was read without any problem.
   *
   * @return true when {@link #problems()} is empty
   */
  public boolean isClean() {
    return problems.isEmpty();
  }

  /**
   * The Dockerfile, or an exception listing every problem.
   *
   * @return the Dockerfile read (in lenient mode, also when there were problems)
   * @throws DockerfileParseException when the file could not be read
   */
  public Dockerfile orThrow() {
    if (dockerfileOrNull == null) {
      throw new DockerfileParseException(problems);
    }
    return dockerfileOrNull;
  }
}
