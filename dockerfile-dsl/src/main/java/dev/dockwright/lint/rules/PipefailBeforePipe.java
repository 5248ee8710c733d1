package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.Severity;
import dev.dockwright.shell.Pipeline;
import dev.dockwright.shell.ShellScript;
import dev.dockwright.shell.SimpleCommand;
import java.util.List;

/**
 * A pipeline's status is its last command's: in {@code curl -fsSL $URL | tar -xz} a failed download passes
 * unnoticed unless the shell runs with {@code -o pipefail}. Reported once per RUN, at the first pipeline that
 * runs without it: pipefail may come from the stage's SHELL ({@code SHELL ["/bin/bash", "-o", "pipefail",
 * "-c"]}) or from a {@code set -o pipefail} earlier in the same script. A RUN under a SHELL that is not a POSIX
 * shell (PowerShell, cmd) is not checked.
 */
final class PipefailBeforePipe implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "DL4006",
      List.of(),
      Severity.WARNING,
      "Set -o pipefail (with SHELL, or set -o pipefail) before a RUN with a pipe.",
      """
      FROM debian:12.8-slim
      RUN curl -fsSL https://example.com/tool.tar.gz | tar -xz -C /opt
      """,
      """
      FROM debian:12.8-slim
      RUN set -eo pipefail; curl -fsSL https://example.com/a.tar.gz | tar -xz -C /opt
      SHELL ["/bin/bash", "-o", "pipefail", "-c"]
      RUN curl -fsSL https://example.com/b.tar.gz | tar -xz -C /opt
      """);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context) {
    for (RunSite site : RunSite.all(context, false)) {
      ShellScript script = site.shell(context);
      for (Pipeline pipeline : script.pipelines()) {
        if (pipeline.options().pipefail()) {
          continue;
        }
        SimpleCommand first = script.commands().stream()
            .filter(c -> c.pipelineIndex() == 0 && c.pipeline().equals(pipeline)).findFirst()
            .orElse(script.commands().get(0));
        site.report(context, first, "A pipe without -o pipefail hides the failure of a command before the last:"
            + " SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"] or set -o pipefail first");
        break;
      }
    }
  }
}
