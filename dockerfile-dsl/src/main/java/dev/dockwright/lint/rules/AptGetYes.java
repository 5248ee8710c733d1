package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.Severity;
import dev.dockwright.shell.SimpleCommand;
import java.util.List;
import java.util.Locale;

/**
 * Without {@code -y} (or {@code --yes}, {@code --assume-yes}, {@code -qq}, which implies it, or
 * {@code -o APT::Get::Assume-Yes=true}) {@code apt-get install} asks for confirmation and the build fails.
 * Options count wherever they stand and inside bundles ({@code -qqy}); {@code DEBIAN_FRONTEND=noninteractive}
 * does not answer that question. An install that only simulates ({@code -s}) or downloads ({@code -d}) is not
 * checked.
 */
final class AptGetYes implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "DL3014",
      List.of(),
      Severity.WARNING,
      "Use -y with apt-get install so that it does not wait for an answer.",
      """
      FROM debian:12.8-slim
      RUN apt-get update && apt-get install --no-install-recommends curl=7.88.1-10+deb12u8
      """,
      """
      FROM debian:12.8-slim
      RUN apt-get update && apt-get -qq install --no-install-recommends curl=7.88.1-10+deb12u8 \\
          && apt-get install --assume-yes --no-install-recommends git=1:2.39.5-0+deb12u1
      """);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context) {
    for (RunSite site : RunSite.all(context, true)) {
      for (SimpleCommand install : Commands.aptGetInstalls(site.shell(context))) {
        if (!assumesYes(install)) {
          site.report(context, install, "apt-get install without -y waits for confirmation: add -y");
        }
      }
    }
  }

  static boolean assumesYes(SimpleCommand c) {
    if (c.hasOption("-y", "--yes", "--assume-yes") || c.optionCount("-q", "--quiet") >= 2) {
      return true;
    }
    if (c.arguments().stream().anyMatch(w -> w.is("-q=2") || w.is("--quiet=2"))) {
      return true;
    }
    return c.optionValues("-o", "--option").stream().anyMatch(v -> isOn(v, "apt::get::assume-yes"));
  }

  // "-o APT::Get::Assume-Yes=true": names are case-insensitive in apt's configuration.
  static boolean isOn(String setting, String name) {
    int equals = setting.indexOf('=');
    return equals > 0 && setting.substring(0, equals).trim().toLowerCase(Locale.ROOT).equals(name)
        && Commands.isTrue(setting.substring(equals + 1).trim());
  }
}
