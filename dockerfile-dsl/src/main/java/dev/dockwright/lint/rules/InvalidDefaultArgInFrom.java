package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.ImageRef;
import java.util.List;

/**
 * A FROM that uses global ARGs must name a valid image with the ARGs' defaults, so that a build without
 * {@code --build-arg} works: {@code ARG TAG} then {@code FROM busybox:$TAG} gives {@code busybox:}.
 */
final class InvalidDefaultArgInFrom implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "InvalidDefaultArgInFrom",
      List.of(),
      Severity.WARNING,
      "The defaults of the global ARGs should make a valid base image name.",
      """
      ARG TAG
      FROM busybox:${TAG}
      RUN true
      """,
      """
      ARG TAG=1.37
      FROM busybox:${TAG}
      RUN true
      """);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context) {
    BuildScopes scopes = BuildScopes.of(context);
    for (FromWords from : FromWords.of(context)) {
      if (from.base().indexOf('$') < 0) {
        continue;
      }
      scopes.expand(from.base(), scopes.globalEnv()).ifPresent(w -> {
        if (!ImageRef.isValid(w.value()) || isHexName(w.value())) {
          context.report(from.stage().from(),
              "Default value for ARG " + from.base() + " results in empty or invalid base image name");
        }
      });
    }
  }

  // The distribution reference library refuses a repository name of 64 hex digits (it looks like an id).
  private static boolean isHexName(String name) {
    return name.matches("[a-f0-9]{64}");
  }
}
