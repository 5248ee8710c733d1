package dev.dockwright.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A build stage: the comments and blank lines just above its FROM ({@code leading}), the FROM, and the
 * instructions, comments and blank lines up to the next stage.
 *
 * <pre>{@code
 * Stage build = dockerfile.stage("build").orElseThrow();
 * build.instructions().forEach(System.out::println);
 * }</pre>
 */
public record Stage(List<Element> leading, FromInstruction from, List<Element> body) {
  public Stage {
    leading = Values.copy(leading, "leading");
    for (Element e : leading) {
      if (e instanceof Instruction) {
        throw new IllegalArgumentException("only comments and blank lines can come before FROM");
      }
    }
    Objects.requireNonNull(from, "from");
    body = Values.copy(body, "body");
    for (Element e : body) {
      if (e instanceof FromInstruction) {
        throw new IllegalArgumentException("a stage body cannot hold a FROM");
      }
    }
  }

  /** A stage with no leading comments. */
  public static Stage of(FromInstruction from, List<Element> body) {
    return new Stage(List.of(), from, body);
  }

  /** The stage name given with {@code AS}, if any. */
  public Optional<String> name() {
    return from.optionalName().map(StageName::value);
  }

  /** The instructions of the body, without comments and blank lines. */
  public List<Instruction> instructions() {
    return body.stream().filter(Instruction.class::isInstance).map(Instruction.class::cast).toList();
  }

  /** This stage with another body. */
  public Stage withBody(List<Element> body) {
    return new Stage(leading, from, body);
  }
}
