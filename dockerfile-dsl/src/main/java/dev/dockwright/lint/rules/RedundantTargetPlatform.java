package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.Severity;
import java.util.List;

/**
 * {@code FROM --platform=$TARGETPLATFORM} says what BuildKit does anyway. Only a platform that is exactly
 * the target platform counts: {@code ${TARGETPLATFORM:-linux/amd64}} is too, {@code $TARGETOS/arm64} is not.
 */
final class RedundantTargetPlatform implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "RedundantTargetPlatform",
      List.of(),
      Severity.INFO,
      "Setting the FROM platform to $TARGETPLATFORM is redundant: it is the default.",
      """
      FROM --platform=$TARGETPLATFORM alpine:3.20 AS builder
      RUN apk add --no-cache git
      """,
      """
      FROM --platform=$BUILDPLATFORM alpine:3.20 AS builder
      RUN apk add --no-cache git
      """);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context) {
    BuildScopes scopes = BuildScopes.of(context);
    String target = scopes.globalEnv().lookup("TARGETPLATFORM").orElse("");
    for (FromWords from : FromWords.of(context)) {
      if (from.platform().isEmpty()) {
        continue;
      }
      String written = from.platform().get();
      scopes.expand(written, scopes.globalEnv()).ifPresent(w -> {
        if (w.referenced().size() == 1 && w.unset().isEmpty() && w.referenced().contains("TARGETPLATFORM")
            && w.value().equals(target)) {
          context.report(from.stage().from(), "Setting platform to predefined " + written
              + " in FROM is redundant as this is the default behavior");
        }
      });
    }
  }
}
