package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.Severity;
import dev.dockwright.shell.SimpleCommand;
import dev.dockwright.shell.Word;
import java.util.List;

/**
 * {@code pip install flask} installs whatever is newest that day. A requirement is pinned when it has a version
 * specifier ({@code flask==3.1.0}, {@code >=}, {@code ~=}, ...), is a VCS URL with a revision
 * ({@code git+https://...@v1.2}), a local path or URL ({@code ./lib}, {@code /wheels/x}, {@code .}) or a
 * {@code .whl}/sdist file. Installs from a requirements file ({@code -r}) or with constraints ({@code -c}) are
 * not reported; requirements given through variables are not judged. {@code pip3}, {@code pip3.12} and
 * {@code python -m pip} count; {@code pipx} and {@code pipenv} do not.
 */
final class PipPinVersions implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "DL3013",
      List.of(),
      Severity.WARNING,
      "Pin versions in pip install.",
      """
      FROM python:3.13.1-slim-bookworm
      RUN pip install --no-cache-dir flask
      """,
      """
      FROM python:3.13.1-slim-bookworm
      RUN pip install --no-cache-dir flask==3.1.0 "gunicorn>=23,<24" \\
          && pip install --no-cache-dir -r requirements.txt \\
          && python -m pip install --no-cache-dir .
      """);

  private static final List<String> SPECIFIERS = List.of("==", ">=", "<=", "!=", "~=", ">", "<", "@");
  private static final List<String> FILES = List.of(".whl", ".tar.gz", ".tgz", ".zip", ".tar.bz2");
  private static final List<String> VCS = List.of("git+", "hg+", "svn+", "bzr+", "git://");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context) {
    for (RunSite site : RunSite.all(context, true)) {
      for (SimpleCommand install : Commands.pip(site.shell(context), "install")) {
        if (install.hasOption("-r", "--requirement", "-c", "--constraint")) {
          continue;
        }
        List<Word> unpinned = Commands.literalPackages(install).stream().filter(w -> !isPinned(w.text())).toList();
        if (!unpinned.isEmpty()) {
          site.report(context, install, "Pin versions in pip install (package==version): " + Commands.texts(unpinned));
        }
      }
    }
  }

  private static boolean isPinned(String requirement) {
    if (VCS.stream().anyMatch(requirement::startsWith)) {
      // A VCS requirement is pinned by a revision after the path: git+https://host/repo@v1.2
      int scheme = requirement.indexOf("://");
      return requirement.indexOf('@', scheme < 0 ? 0 : scheme + 3) >= 0
          && requirement.lastIndexOf('@') > requirement.indexOf('/', scheme < 0 ? 0 : scheme + 3);
    }
    return SPECIFIERS.stream().anyMatch(requirement::contains)
        || FILES.stream().anyMatch(requirement::endsWith)
        || requirement.indexOf('/') >= 0
        || requirement.startsWith(".");
  }
}
