package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.Element;
import dev.dockwright.model.Instruction;
import dev.dockwright.model.RunInstruction;
import dev.dockwright.model.ShellCommand;
import dev.dockwright.model.Stage;
import dev.dockwright.shell.SimpleCommand;
import java.util.List;
import java.util.Objects;

/**
 * Two RUNs in a row that run one command each make two layers where one would do. Following hadolint, only
 * RUNs of a single command are counted (a RUN that chains commands was most likely split on purpose), only RUNs
 * with the same flags ({@code --mount}, {@code --network}, {@code --security}), and only when nothing but
 * comments and blank lines stands between them.
 */
final class ConsecutiveRuns implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "DL3059",
      List.of(),
      Severity.INFO,
      "Consolidate consecutive single-command RUN instructions.",
      """
      FROM debian:12.8-slim
      RUN useradd --create-home app
      RUN mkdir -p /srv/data
      """,
      """
      FROM debian:12.8-slim
      RUN useradd --create-home app && mkdir -p /srv/data
      WORKDIR /srv
      RUN chown app /srv/data
      """);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context) {
    for (Stage stage : context.file().stages()) {
      RunInstruction previous = null;
      for (Element e : stage.body()) {
        if (!(e instanceof Instruction)) {
          continue;
        }
        if (!(e instanceof RunInstruction run)) {
          previous = null;
          continue;
        }
        if (previous != null && sameFlags(previous, run) && commandCount(context, previous) <= 1
            && commandCount(context, run) <= 1) {
          context.report(run, "This RUN follows another single-command RUN: join them with && into one layer");
        } else {
          previous = run;
        }
      }
    }
  }

  private static boolean sameFlags(RunInstruction a, RunInstruction b) {
    return a.mounts().equals(b.mounts()) && Objects.equals(a.network(), b.network())
        && Objects.equals(a.security(), b.security()) && a.devices().equals(b.devices());
  }

  private static int commandCount(LintContext context, RunInstruction run) {
    if (!(run.command() instanceof ShellCommand)) {
      return 1;
    }
    int count = 0;
    for (SimpleCommand c : context.shell(run).commands()) {
      if (!c.words().isEmpty()) {
        count++;
      }
    }
    return count;
  }
}
