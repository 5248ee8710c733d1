package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.Severity;
import dev.dockwright.shell.SimpleCommand;
import java.util.List;

/**
 * {@code apt} is the interactive front end, whose output and behaviour may change between releases (it warns
 * that its CLI is not stable); scripts use {@code apt-get} and {@code apt-cache}. Reported once per RUN (and
 * ONBUILD RUN), at its first {@code apt}.
 */
final class AptGetInsteadOfApt implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "DL3027",
      List.of(),
      Severity.WARNING,
      "Use apt-get or apt-cache in scripts, not apt.",
      """
      FROM ubuntu:24.04
      RUN apt update && apt install -y curl
      """,
      """
      FROM ubuntu:24.04
      RUN apt-get update && apt-get install -y curl
      """);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context) {
    for (RunSite site : RunSite.all(context, true)) {
      List<SimpleCommand> apt = site.shell(context).invocationsOf("apt");
      if (!apt.isEmpty()) {
        site.report(context, apt.get(0), "apt is meant for people, its CLI is not stable: use apt-get or apt-cache");
      }
    }
  }
}
