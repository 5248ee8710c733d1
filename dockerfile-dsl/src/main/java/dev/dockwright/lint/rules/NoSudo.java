package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.Severity;
import dev.dockwright.shell.SimpleCommand;
import java.util.List;

/**
 * {@code sudo} in a build behaves unpredictably (it needs a TTY or a sudoers entry, and changes the
 * environment); switch with USER, or use {@code gosu}/{@code su-exec} in an entrypoint. Reported once per RUN
 * (and ONBUILD RUN), at its first {@code sudo}, also behind other wrappers ({@code env ... sudo}).
 */
final class NoSudo implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "DL3004",
      List.of(),
      Severity.ERROR,
      "Do not use sudo in RUN: switch users with USER, or use gosu.",
      """
      FROM debian:12.8-slim
      RUN sudo apt-get update
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
    for (RunSite site : RunSite.all(context, true)) {
      List<SimpleCommand> sudo = site.shell(context).invocationsOf("sudo");
      if (!sudo.isEmpty()) {
        site.report(context, sudo.get(0), "sudo in RUN behaves unpredictably: use USER, or gosu to drop root");
      }
    }
  }
}
