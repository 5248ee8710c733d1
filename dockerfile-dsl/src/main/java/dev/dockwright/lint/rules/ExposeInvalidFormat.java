package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.Severity;
import java.util.List;

/**
 * EXPOSE documents the container's ports; an IP address or a host port ({@code 127.0.0.1:80:80},
 * {@code 8080:80}) belongs to {@code docker run -p}, and will be an error in a future release. Dockwright's
 * strict parser refuses such a literal port already; this check also sees one that a variable brings in
 * ({@code EXPOSE ${HOST_PORT}:80}) and reports on leniently read files.
 */
final class ExposeInvalidFormat implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "ExposeInvalidFormat",
      List.of(),
      Severity.WARNING,
      "EXPOSE should not define an IP address or a host port mapping.",
      """
      FROM nginx:1.27.3
      ARG HOST_PORT=8080
      EXPOSE ${HOST_PORT}:80
      """,
      """
      FROM nginx:1.27.3
      ARG PORT=80
      EXPOSE ${PORT}
      """);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context) {
    ExposePorts.forEach(context, (e, port) -> {
      if (!port.ip().isEmpty() || !port.hostPort().isEmpty()) {
        context.report(e, "EXPOSE instruction should not define an IP address or host-port mapping, found '"
            + port.raw() + "'");
      }
    });
  }
}
