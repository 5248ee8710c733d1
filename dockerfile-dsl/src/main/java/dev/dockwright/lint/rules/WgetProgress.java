package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.Severity;
import dev.dockwright.shell.SimpleCommand;
import java.util.List;

/**
 * wget's default progress bar writes a line per few kilobytes to a build log, which has no terminal. Quiet with
 * {@code --progress=...}, {@code -q}/{@code --quiet}, {@code -nv}/{@code --no-verbose}, or a log file
 * ({@code -o}, {@code -a}).
 */
final class WgetProgress implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "DL3047",
      List.of(),
      Severity.INFO,
      "Give wget --progress=dot:giga, -q or -nv so that the build log is not flooded.",
      """
      FROM debian:12.8-slim
      RUN wget https://example.com/tool-1.2.tar.gz
      """,
      """
      FROM debian:12.8-slim
      RUN wget -nv https://example.com/tool-1.2.tar.gz && wget -qO- https://example.com/key.asc > /key.asc \\
          && wget --progress=dot:giga https://example.com/data-3.tar.gz
      """);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context) {
    for (RunSite site : RunSite.all(context, true)) {
      for (SimpleCommand wget : site.shell(context).invocationsOf("wget")) {
        if (!wget.hasOption("--progress", "-q", "--quiet", "--no-verbose", "-o", "--output-file", "-a",
            "--append-output") && !wget.optionValues("-n").contains("v")) {
          site.report(context, wget, "wget's progress bar floods the build log: add --progress=dot:giga, -q or -nv");
        }
      }
    }
  }
}
