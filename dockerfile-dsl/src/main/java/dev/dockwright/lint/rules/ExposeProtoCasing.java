package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.Severity;
import java.util.List;
import java.util.Locale;

/** {@code EXPOSE 80/TCP}: the protocol is read in any case but written in lower case. */
final class ExposeProtoCasing implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "ExposeProtoCasing",
      List.of(),
      Severity.INFO,
      "The protocol in EXPOSE should be lowercase.",
      """
      FROM nginx:1.27.3
      EXPOSE 80/TCP
      """,
      """
      FROM nginx:1.27.3
      EXPOSE 80/tcp
      """);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context) {
    ExposePorts.forEach(context, (e, port) -> {
      if (!port.proto().equals(port.proto().toLowerCase(Locale.ROOT))) {
        context.report(e, "Defined protocol '" + port.raw() + "' in EXPOSE instruction should be lowercase");
      }
    });
  }
}
