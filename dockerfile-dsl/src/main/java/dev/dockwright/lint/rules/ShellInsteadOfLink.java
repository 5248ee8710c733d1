package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.Severity;
import dev.dockwright.shell.SimpleCommand;
import dev.dockwright.shell.Word;
import java.util.List;

/**
 * Replacing {@code /bin/sh} with a link ({@code ln -sf /bin/bash /bin/sh}) changes the shell for everything in
 * the image, and is invisible to the reader of the Dockerfile; the SHELL instruction changes the shell of the
 * RUN instructions that follow. Reported for an {@code ln} whose link name (its last operand) is
 * {@code /bin/sh}.
 */
final class ShellInsteadOfLink implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "DL4005",
      List.of(),
      Severity.WARNING,
      "Use SHELL to change the shell instead of linking /bin/sh.",
      """
      FROM debian:12.8-slim
      RUN ln -sf /bin/bash /bin/sh
      """,
      """
      FROM debian:12.8-slim
      SHELL ["/bin/bash", "-o", "pipefail", "-c"]
      RUN ln -s /bin/sh /usr/local/bin/sh-compat
      """);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context) {
    for (RunSite site : RunSite.all(context, true)) {
      for (SimpleCommand ln : site.shell(context).invocationsOf("ln")) {
        List<Word> operands = ln.nonOptionArguments();
        if (operands.size() >= 2 && operands.get(operands.size() - 1).is("/bin/sh")) {
          site.report(context, ln, "ln replaces /bin/sh: use the SHELL instruction to change the shell");
        }
      }
    }
  }
}
