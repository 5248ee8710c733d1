package dev.dockwright.parser;

import dev.dockwright.model.Dockerfile;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the parser read: the Dockerfile (absent when strict parsing refused the file) and every problem found.
 * In lenient mode the Dockerfile is always there, and each problem names an element kept as an opaque
 * instruction.
 *
 * <pre>{@code
 * ParseResult result = DockerfileParser.lenient().read(text, "Dockerfile");
 * result.problems().forEach(System.err::println);
 * Dockerfile file = result.dockerfile().orElseThrow();
 * }</pre>
 */
public record ParseResult(Dockerfile dockerfileOrNull, List<Problem> problems) {
  public ParseResult {
    problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
  }

  /** The Dockerfile, if one could be read. */
  public Optional<Dockerfile> dockerfile() {
    return Optional.ofNullable(dockerfileOrNull);
  }

  /** Whether the file was read without any problem. */
  public boolean isClean() {
    return problems.isEmpty();
  }

  /**
   * The Dockerfile, or an exception listing every problem.
   *
   * @throws DockerfileParseException when the file could not be read
   */
  public Dockerfile orThrow() {
    if (dockerfileOrNull == null) {
      throw new DockerfileParseException(problems);
    }
    return dockerfileOrNull;
  }
}
