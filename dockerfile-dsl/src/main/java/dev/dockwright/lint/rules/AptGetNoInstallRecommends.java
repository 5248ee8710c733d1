package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.Severity;
import dev.dockwright.shell.SimpleCommand;
import java.util.List;
import java.util.Locale;

/**
 * By default {@code apt-get install} also installs the recommended packages, which an image seldom needs.
 * Quiet with {@code --no-install-recommends} or {@code -o APT::Install-Recommends=false} (or {@code =0}). An
 * install that only simulates ({@code -s}) or downloads ({@code -d}) is not checked.
 */
final class AptGetNoInstallRecommends implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "DL3015",
      List.of(),
      Severity.INFO,
      "Use --no-install-recommends with apt-get install to avoid extra packages.",
      """
      FROM debian:12.8-slim
      RUN apt-get update && apt-get install -y curl=7.88.1-10+deb12u8
      """,
      """
      FROM debian:12.8-slim
      RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 \\
          && apt-get install -y -o APT::Install-Recommends=0 git=1:2.39.5-0+deb12u1
      """);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context) {
    for (RunSite site : RunSite.all(context, true)) {
      for (SimpleCommand install : Commands.aptGetInstalls(site.shell(context))) {
        if (!install.hasOption("--no-install-recommends") && !disablesRecommends(install)) {
          site.report(context, install,
              "apt-get install also installs recommended packages: add --no-install-recommends");
        }
      }
    }
  }

  private static boolean disablesRecommends(SimpleCommand c) {
    for (String setting : c.optionValues("-o", "--option")) {
      int equals = setting.indexOf('=');
      if (equals > 0 && setting.substring(0, equals).trim().toLowerCase(Locale.ROOT).equals("apt::install-recommends")) {
        String value = setting.substring(equals + 1).trim().toLowerCase(Locale.ROOT);
        return value.equals("false") || value.equals("0") || value.equals("no") || value.equals("off");
      }
    }
    return false;
  }
}
