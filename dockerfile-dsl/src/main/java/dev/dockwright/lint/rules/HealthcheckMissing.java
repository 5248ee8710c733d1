package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.Dockerfile;
import dev.dockwright.model.HealthcheckInstruction;
import dev.dockwright.model.Stage;
import java.util.List;

/**
 * A container without a HEALTHCHECK is only known to run, not to work. As hadolint does, a stage is quiet when it
 * has a HEALTHCHECK (even {@code HEALTHCHECK NONE}, a deliberate choice), when a stage it is built on has one,
 * or when a stage built on it has one; every other stage is reported at its FROM. hadolint switches this rule
 * off by default; here it is only information.
 */
final class HealthcheckMissing implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "DL3057",
      List.of(),
      Severity.INFO,
      "Give the image a HEALTHCHECK.",
      """
      FROM nginx:1.27.3-alpine
      COPY site/ /usr/share/nginx/html/
      """,
      """
      FROM nginx:1.27.3-alpine AS base
      HEALTHCHECK CMD wget -q --spider http://localhost/ || exit 1
      FROM base
      COPY site/ /usr/share/nginx/html/
      """);

  @Override
  public boolean enabledByDefault() {
    return false; // hadolint ignores it by default: almost every builder stage would be reported
  }

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context) {
    Dockerfile file = context.file();
    for (Stage stage : file.stages()) {
      if (hasCheck(stage) || inherits(file, stage) || passesOn(file, stage)) {
        continue;
      }
      context.report(stage.from(), "The stage has no HEALTHCHECK: add one so that the container's health is known");
    }
  }

  private static boolean hasCheck(Stage stage) {
    return stage.body().stream().anyMatch(HealthcheckInstruction.class::isInstance);
  }

  private static boolean inherits(Dockerfile file, Stage stage) {
    for (Stage s = Stages.parent(file, stage).orElse(null); s != null; s = Stages.parent(file, s).orElse(null)) {
      if (hasCheck(s)) {
        return true;
      }
    }
    return false;
  }

  private static boolean passesOn(Dockerfile file, Stage stage) {
    for (Stage s : file.stages()) {
      if (s != stage && hasCheck(s)) {
        for (Stage p = Stages.parent(file, s).orElse(null); p != null; p = Stages.parent(file, p).orElse(null)) {
          if (p == stage) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
