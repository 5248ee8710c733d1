package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.Element;
import dev.dockwright.model.Stage;
import dev.dockwright.model.UserInstruction;
import java.util.List;

/**
 * A stage whose last USER is root ({@code root} or uid 0, with any group) leaves its image running as root.
 * As hadolint does, every stage is checked on its own: a stage without a USER is not reported (it keeps its
 * base image's user), and one that switches back to another user after root is fine.
 */
final class LastUserRoot implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "DL3002",
      List.of(),
      Severity.WARNING,
      "The last USER of a stage should not be root.",
      """
      FROM debian:12.8-slim
      USER root
      RUN apt-get update
      """,
      """
      FROM debian:12.8-slim
      USER root
      RUN apt-get update
      USER 10001
      """);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context) {
    for (Stage stage : context.file().stages()) {
      UserInstruction last = null;
      for (Element e : stage.body()) {
        if (e instanceof UserInstruction u) {
          last = u;
        }
      }
      if (last != null && last.user().isRoot()) {
        context.report(last, "The last USER of the stage is " + last.user().text()
            + ": switch to an unprivileged user");
      }
    }
  }
}
