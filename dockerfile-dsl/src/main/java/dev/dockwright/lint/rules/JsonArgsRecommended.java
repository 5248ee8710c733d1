package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.CmdInstruction;
import dev.dockwright.model.Command;
import dev.dockwright.model.EntrypointInstruction;
import dev.dockwright.model.Instruction;
import dev.dockwright.model.ShellCommand;
import dev.dockwright.model.ShellInstruction;
import java.util.List;

/**
 * Shell-form CMD and ENTRYPOINT run under {@code /bin/sh -c}, which does not pass signals on: the
 * application is not stopped gracefully. As BuildKit does, the check is quiet in a stage that sets its own
 * SHELL, where shell form is a choice.
 */
final class JsonArgsRecommended implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "JSONArgsRecommended",
      List.of("DL3025"),
      Severity.WARNING,
      "Use the JSON (exec) form for CMD and ENTRYPOINT so that signals reach the application.",
      """
      FROM node:22.12.0-bookworm-slim
      CMD node server.js
      """,
      """
      FROM node:22.12.0-bookworm-slim
      CMD ["node", "server.js"]
      """);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context) {
    for (Instruction i : context.instructions()) {
      Command command = i instanceof CmdInstruction c ? c.command()
          : i instanceof EntrypointInstruction e ? e.command() : null;
      if (!(command instanceof ShellCommand)) {
        continue;
      }
      boolean ownShell = context.stageOf(i)
          .map(s -> s.body().stream().anyMatch(ShellInstruction.class::isInstance))
          .orElse(false);
      if (!ownShell) {
        context.report(i, "JSON arguments recommended for " + i.keyword()
            + " to prevent unintended behavior related to OS signals");
      }
    }
  }
}
