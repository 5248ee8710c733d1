package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.Stage;
import dev.dockwright.shell.SimpleCommand;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A stage that runs both wget and curl needs two download tools where one does. Once a stage has run both, each
 * RUN that runs either is reported, at its first wget or curl. ONBUILD RUNs are counted apart from the stage's
 * own RUNs, since they run in another image.
 */
final class WgetOrCurl implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "DL4001",
      List.of(),
      Severity.WARNING,
      "Use either wget or curl in a stage, not both.",
      """
      FROM debian:12.8-slim
      RUN wget -nv https://example.com/a.tar.gz
      RUN curl -fsSLO https://example.com/b.tar.gz
      """,
      """
      FROM debian:12.8-slim
      RUN curl -fsSLO https://example.com/a.tar.gz
      FROM alpine:3.21
      RUN wget -q https://example.com/b.tar.gz
      """);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context) {
    List<RunSite> onBuild = new ArrayList<>();
    for (Stage stage : context.file().stages()) {
      List<RunSite> own = new ArrayList<>();
      for (RunSite site : RunSite.of(stage, true)) {
        (site.isOnBuild() ? onBuild : own).add(site);
      }
      check(context, own);
    }
    check(context, onBuild);
  }

  private static void check(LintContext context, List<RunSite> sites) {
    Set<String> seen = new HashSet<>();
    for (RunSite site : sites) {
      List<SimpleCommand> tools = site.shell(context).invocationsOf("wget", "curl");
      tools.forEach(t -> seen.add(t.programName()));
      if (!tools.isEmpty() && seen.size() == 2) {
        site.report(context, tools.get(0), "The stage runs both wget and curl: use one of them");
      }
    }
  }
}
