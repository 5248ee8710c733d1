package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.AddInstruction;
import dev.dockwright.model.CopySource;
import java.util.List;

/**
 * ADD fetches URLs and git repositories and unpacks local archives; for plain files and directories COPY says
 * what happens. An ADD is reported when one of its sources is neither a URL, a git repository nor a local
 * archive. Sources with variables ({@code ADD $JAR /app/}) are not judged, and an ADD with a flag that only ADD
 * has ({@code --checksum}, {@code --keep-git-dir}, {@code --unpack}) is left alone.
 */
final class CopyInsteadOfAdd implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "DL3020",
      List.of(),
      Severity.ERROR,
      "Use COPY, not ADD, for files and directories.",
      """
      FROM alpine:3.20
      ADD app.sh /usr/local/bin/
      """,
      """
      FROM alpine:3.20
      ADD https://example.com/tool-1.2.tar.gz /opt/
      ADD rootfs.tar.xz /
      COPY app.sh /usr/local/bin/
      """);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context) {
    for (AddInstruction add : context.instructions(AddInstruction.class)) {
      if (add.checksum() != null || add.keepGitDir() || add.unpack() != null) {
        continue;
      }
      for (CopySource source : add.sources()) {
        if (source instanceof CopySource.Path p && !p.path().isLiteral()) {
          continue;
        }
        String text = source instanceof CopySource.Path p ? p.path().literalText() : null;
        if (text == null || !Archives.isRemote(text) && !Archives.isArchive(text)) {
          context.report(add, "ADD of " + (text == null ? "an inline file" : text)
              + " only copies: use COPY for files and directories");
          break;
        }
      }
    }
  }
}
