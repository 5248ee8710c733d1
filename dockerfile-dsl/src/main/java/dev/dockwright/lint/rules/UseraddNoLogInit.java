package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.Severity;
import dev.dockwright.shell.SimpleCommand;
import java.util.List;

/**
 * {@code useradd} records every new user in the sparse files {@code /var/log/lastlog} and
 * {@code /var/log/faillog}, at an offset that grows with the uid: a large uid ({@code -u 123456}) makes them
 * gigabytes in the layer. {@code -l} ({@code --no-log-init}) skips that. Only uids of six digits or more are
 * reported; a uid given through a variable is not judged.
 */
final class UseraddNoLogInit implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "DL3046",
      List.of(),
      Severity.WARNING,
      "Use useradd -l with a high uid, or the image grows by the size of the log files.",
      """
      FROM debian:12.8-slim
      RUN useradd -u 123456 app
      """,
      """
      FROM debian:12.8-slim
      RUN useradd -l -u 123456 app && useradd -u 10001 web
      """);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context) {
    for (RunSite site : RunSite.all(context, true)) {
      for (SimpleCommand useradd : site.shell(context).invocationsOf("useradd")) {
        if (useradd.hasOption("-l", "--no-log-init")) {
          continue;
        }
        for (String uid : useradd.optionValues("-u", "--uid")) {
          if (uid.length() > 5 && uid.chars().allMatch(c -> c >= '0' && c <= '9')) {
            site.report(context, useradd, "useradd -u " + uid
                + " without -l fills /var/log/lastlog and faillog up to that uid: add -l (--no-log-init)");
            break;
          }
        }
      }
    }
  }
}
