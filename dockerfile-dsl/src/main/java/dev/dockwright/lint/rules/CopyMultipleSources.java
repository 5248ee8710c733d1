package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.CopyInstruction;
import dev.dockwright.model.Value;
import java.util.List;

/**
 * With several sources, COPY's destination is a directory and the builder wants it written with a trailing
 * {@code /}. A destination that ends in a variable may hold the slash and is left alone.
 */
final class CopyMultipleSources implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "DL3021",
      List.of(),
      Severity.ERROR,
      "End the destination of a COPY with several sources with /.",
      """
      FROM node:22.12.0-bookworm-slim
      COPY package.json package-lock.json /app
      """,
      """
      FROM node:22.12.0-bookworm-slim
      COPY package.json package-lock.json /app/
      """);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context) {
    for (CopyInstruction copy : context.instructions(CopyInstruction.class)) {
      if (copy.sources().size() < 2) {
        continue;
      }
      List<Value.Part> parts = copy.destination().parts();
      if (parts.get(parts.size() - 1) instanceof Value.Reference) {
        continue;
      }
      String destination = copy.destination().toString();
      if (!destination.endsWith("/")) {
        context.report(copy, "COPY of " + copy.sources().size() + " sources to " + destination
            + ": end the destination directory with /");
      }
    }
  }
}
