package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.MaintainerInstruction;
import java.util.List;

/** MAINTAINER is deprecated; a LABEL carries the same information and tools read it. */
final class MaintainerDeprecated implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "MaintainerDeprecated",
      List.of("DL4000"),
      Severity.WARNING,
      "MAINTAINER is deprecated: use LABEL org.opencontainers.image.authors instead.",
      """
      FROM alpine:3.20
      MAINTAINER Jane Doe <jane@example.com>
      """,
      """
      FROM alpine:3.20
      LABEL org.opencontainers.image.authors="Jane Doe <jane@example.com>"
      """);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context) {
    for (MaintainerInstruction m : context.instructions(MaintainerInstruction.class)) {
      context.report(m, "Maintainer instruction is deprecated in favor of using label");
    }
  }
}
