package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.WorkdirInstruction;
import java.util.List;

/**
 * A relative WORKDIR resolves against whatever the working directory is at that point, which the base image
 * may change: an absolute path says where files go. A path that starts with a variable is left alone (its
 * value is not known), as is a Windows drive path ({@code C:\app}).
 */
final class WorkdirAbsolute implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "DL3000",
      List.of(),
      Severity.ERROR,
      "Give WORKDIR an absolute path.",
      """
      FROM node:22.12.0-bookworm-slim
      WORKDIR app
      """,
      """
      FROM node:22.12.0-bookworm-slim
      WORKDIR /app
      """);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context) {
    for (WorkdirInstruction w : context.instructions(WorkdirInstruction.class)) {
      String path = w.path().toString();
      if (!path.startsWith("/") && !path.startsWith("$") && !isWindowsAbsolute(path)) {
        context.report(w, "WORKDIR " + path + " is relative: use an absolute path");
      }
    }
  }

  static boolean isWindowsAbsolute(String path) {
    return path.length() >= 2 && Character.isLetter(path.charAt(0)) && path.charAt(1) == ':';
  }
}
