package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.Stage;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code scratch} and {@code context} mean something else in FROM and {@code --from}: not stage names. */
final class ReservedStageName implements Rule {
  private static final Set<String> RESERVED = Set.of("context", "scratch");

  static final RuleInfo INFO = new RuleInfo(
      "ReservedStageName",
      List.of(),
      Severity.WARNING,
      "Reserved words (scratch, context) should not be used as stage names.",
      """
      FROM alpine:3.20 AS scratch
      RUN true
      """,
      """
      FROM alpine:3.20 AS builder
      RUN true
      """);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context) {
    for (Stage stage : context.file().stages()) {
      stage.name().map(n -> n.toLowerCase(Locale.ROOT)).filter(RESERVED::contains).ifPresent(name ->
          context.report(stage.from(),
              "Stage name should not use the same name as reserved stage " + BuildKitText.quote(name)));
    }
  }
}
