package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.Severity;
import dev.dockwright.shell.SimpleCommand;
import dev.dockwright.shell.Word;
import java.util.List;
import java.util.Set;

/**
 * {@code apk add curl} installs whatever version the repository has that day. A package is pinned with a version
 * constraint ({@code curl=8.11.1-r0}, {@code curl~8.11}, {@code curl>8}) or is an {@code .apk} file; the name of a
 * virtual package ({@code --virtual .build-deps}) and packages given through variables are not judged.
 */
final class ApkPinVersions implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "DL3018",
      List.of(),
      Severity.WARNING,
      "Pin versions in apk add.",
      """
      FROM alpine:3.21
      RUN apk add --no-cache curl
      """,
      """
      FROM alpine:3.21
      RUN apk add --no-cache --virtual .build-deps curl=8.11.1-r0 git~2.47
      """);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context) {
    for (RunSite site : RunSite.all(context, true)) {
      for (SimpleCommand add : Commands.invocations(site.shell(context), Set.of("apk"), Set.of("add"))) {
        List<Word> unpinned = Commands.literalPackages(add).stream().filter(w -> !isPinned(w.text())).toList();
        if (!unpinned.isEmpty()) {
          site.report(context, add, "Pin versions in apk add (package=version): " + Commands.texts(unpinned));
        }
      }
    }
  }

  private static boolean isPinned(String pkg) {
    return pkg.indexOf('=') >= 0 || pkg.indexOf('~') >= 0 || pkg.indexOf('>') >= 0 || pkg.indexOf('<') >= 0
        || pkg.endsWith(".apk");
  }
}
