package dev.dockwright.lint.rules;

import dev.dockwright.lint.Finding;
import dev.dockwright.lint.LintOptions;
import dev.dockwright.lint.Linter;
import dev.dockwright.lint.Rule;
import java.util.List;

/** Runs one rule over a Dockerfile text named {@code Dockerfile}, giving each finding's {@link Finding#format()}. */
final class RuleTesting {
  private RuleTesting() {}

  static List<String> lint(Rule rule, String dockerfile) {
    return new Linter(List.of(rule)).lint(dockerfile, "Dockerfile", LintOptions.defaults()).stream()
        .map(Finding::format)
        .toList();
  }
}
