package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.Severity;
import dev.dockwright.shell.SimpleCommand;
import dev.dockwright.shell.Word;
import java.util.List;

/**
 * {@code apt-get install curl} installs whatever version the mirror has that day. A package is pinned when it
 * names a version ({@code curl=7.88.1-10}), a release ({@code curl/bookworm-backports}) or is a {@code .deb}
 * file; packages given through variables ({@code $PACKAGES}) are not judged. Reported per {@code apt-get install}
 * (also behind {@code sudo} or {@code env}, and in ONBUILD RUN), naming the unpinned packages; an install that
 * only simulates ({@code -s}) or downloads ({@code -d}) is not one.
 */
final class AptGetPinVersions implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "DL3008",
      List.of(),
      Severity.WARNING,
      "Pin versions in apt-get install.",
      """
      FROM debian:12.8-slim
      RUN apt-get update && apt-get install -y --no-install-recommends curl \\
          && rm -rf /var/lib/apt/lists/*
      """,
      """
      FROM debian:12.8-slim
      RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 \\
          && rm -rf /var/lib/apt/lists/*
      """);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context) {
    for (RunSite site : RunSite.all(context, true)) {
      for (SimpleCommand install : Commands.aptGetInstalls(site.shell(context))) {
        List<Word> unpinned = Commands.literalPackages(install).stream().filter(w -> !isPinned(w.text())).toList();
        if (!unpinned.isEmpty()) {
          site.report(context, install, "Pin versions in apt-get install (package=version): "
              + Commands.texts(unpinned));
        }
      }
    }
  }

  private static boolean isPinned(String pkg) {
    return pkg.indexOf('=') >= 0 || pkg.indexOf('/') >= 0 || pkg.endsWith(".deb");
  }
}
