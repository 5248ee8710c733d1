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
 *
 * @param leading the comments and blank lines just above the FROM; no instruction
 * @param from the FROM that starts the stage
 * @param body the instructions, comments and blank lines of the stage; no FROM
 */
public record Stage(List<Element> leading, FromInstruction from, List<Element> body) {
  /**
   * Checks and copies the parts.
   *
   * @param leading the comments and blank lines just above the FROM; no instruction
   * @param from the FROM that starts the stage
   * @param body the instructions, comments and blank lines of the stage; no FROM
   * @throws NullPointerException when a list, one of its items, or the FROM is null
   * @throws IllegalArgumentException when {@code leading} holds an instruction or {@code body} holds a FROM
   */
  public Stage {
    // indexed loops: a stage is made for every FROM a parser reads, and an iterator each shows in its profile
    leading = Values.copy(leading, "leading");
    for (int i = 0, n = leading.size(); i < n; i++) {
      if (leading.get(i) instanceof Instruction) {
        throw new IllegalArgumentException("only comments and blank lines can come before FROM");
      }
    }
    Objects.requireNonNull(from, "from");
    body = Values.copy(body, "body");
    for (int i = 0, n = body.size(); i < n; i++) {
      if (body.get(i) instanceof FromInstruction) {
        throw new IllegalArgumentException("a stage body cannot hold a FROM");
      }
    }
  }

  /**
   * A stage with no leading comments.
   *
   * @param from the FROM that starts the stage
   * @param body the instructions, comments and blank lines; no FROM
   * @return the stage
   * @throws IllegalArgumentException when the body holds a FROM
   */
  public static Stage of(FromInstruction from, List<Element> body) {
    return new Stage(List.of(), from, body);
  }

  /**
   * The stage name given with {@code AS}, if any.
   *
   * @return the name as written; empty for an unnamed stage
   */
  public Optional<String> name() {
    return from.optionalName().map(StageName::value);
  }

  /**
   * The instructions of the body, without comments and blank lines; the FROM is not among them.
   *
   * @return an unmodifiable list, in order
   */
  public List<Instruction> instructions() {
    return body.stream().filter(Instruction.class::isInstance).map(Instruction.class::cast).toList();
  }

  /**
   * This stage with another body; the leading comments and the FROM are kept.
   *
   * @param body the new instructions, comments and blank lines
   * @return a new stage; this one is unchanged
   * @throws IllegalArgumentException when the body holds a FROM
   */
  public Stage withBody(List<Element> body) {
    return new Stage(leading, from, body);
  }
}
