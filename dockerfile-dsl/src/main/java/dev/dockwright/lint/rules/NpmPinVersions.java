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
 * {@code npm install -g typescript} installs whatever is newest that day. A package is pinned with a version or
 * tag ({@code typescript@5.7.2}, {@code @angular/cli@19}), a git URL with a commit or tag ({@code ...#v1.2}), or
 * is a tarball or a directory. {@code npm install} without packages (from package.json) and {@code npm ci} are
 * not reported; packages given through variables are not judged. {@code npm i} and {@code npm add} are
 * {@code npm install} too.
 */
final class NpmPinVersions implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "DL3016",
      List.of(),
      Severity.WARNING,
      "Pin versions in npm install.",
      """
      FROM node:22.12.0-bookworm-slim
      RUN npm install -g typescript
      """,
      """
      FROM node:22.12.0-bookworm-slim
      RUN npm install -g typescript@5.7.2 @angular/cli@19.0.6 && npm ci && npm install
      """);

  private static final List<String> GIT = List.of("git://", "git+ssh://", "git+http://", "git+https://",
      "github:", "gitlab:", "bitbucket:");
  private static final List<String> TARBALLS = List.of(".tar", ".tar.gz", ".tgz");
  private static final List<String> PATHS = List.of("/", "./", "../", "~/", "file:", "http://", "https://");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context) {
    for (RunSite site : RunSite.all(context, true)) {
      for (SimpleCommand install : Commands.invocations(site.shell(context), Set.of("npm"),
          Set.of("install", "i", "add"))) {
        List<Word> unpinned = Commands.literalPackages(install).stream().filter(w -> !isPinned(w.text())).toList();
        if (!unpinned.isEmpty()) {
          site.report(context, install, "Pin versions in npm install (package@version): " + Commands.texts(unpinned));
        }
      }
    }
  }

  private static boolean isPinned(String pkg) {
    if (GIT.stream().anyMatch(pkg::startsWith)) {
      return pkg.indexOf('#') >= 0;
    }
    if (TARBALLS.stream().anyMatch(pkg::endsWith) || PATHS.stream().anyMatch(pkg::startsWith) || pkg.equals(".")) {
      return true;
    }
    // "@scope/name@1.2": the version follows the name, after the scope's own "@".
    String name = pkg.startsWith("@") ? pkg.substring(Math.max(1, pkg.indexOf('/') + 1)) : pkg;
    return name.indexOf('@') >= 0;
  }
}
