package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.Severity;
import dev.dockwright.shell.SimpleCommand;
import java.util.List;

/**
 * {@code cd} in a RUN changes the directory for that RUN only, and hides where the commands run; WORKDIR says
 * it once for the instructions that follow. Reported once per RUN, at its first {@code cd} (anywhere in the
 * script: in a chain, a subshell, a branch).
 */
final class WorkdirInsteadOfCd implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "DL3003",
      List.of(),
      Severity.WARNING,
      "Use WORKDIR to change directory instead of cd.",
      """
      FROM node:22.12.0-bookworm-slim
      RUN cd /app && npm ci
      """,
      """
      FROM node:22.12.0-bookworm-slim
      WORKDIR /app
      RUN npm ci
      """);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context) {
    for (RunSite site : RunSite.all(context, false)) {
      List<SimpleCommand> cds = site.shell(context).invocationsOf("cd");
      if (!cds.isEmpty()) {
        site.report(context, cds.get(0), "cd in RUN: use WORKDIR to change directory");
      }
    }
  }
}
