package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.SourcePosition;
import dev.dockwright.parser.syntax.Instruction;
import java.util.List;

/**
 * A blank line inside a continued instruction is dropped today and will be an error in a future release. One
 * finding per instruction, as BuildKit gives, at its first blank continuation line. A comment line there is
 * fine.
 */
final class NoEmptyContinuation implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "NoEmptyContinuation",
      List.of(),
      Severity.WARNING,
      "Empty continuation lines will become errors in a future release.",
      """
      FROM debian:12.8-slim
      RUN apt-get update \\

          && apt-get install -y --no-install-recommends curl
      """,
      """
      FROM debian:12.8-slim
      RUN apt-get update \\
          # then install
          && apt-get install -y --no-install-recommends curl
      """);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context) {
    for (Instruction in : context.syntaxTree().instructions()) {
      List<Integer> empty = in.emptyContinuationLines();
      if (!empty.isEmpty()) {
        SourcePosition at = new SourcePosition(empty.get(0), 1);
        context.report(at, at, "Empty continuation line");
      }
    }
  }
}
