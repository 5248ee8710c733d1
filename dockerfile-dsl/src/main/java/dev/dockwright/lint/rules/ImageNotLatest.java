package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.FromInstruction;
import dev.dockwright.model.ImageRef;
import java.util.List;

/**
 * The {@code latest} tag moves: a rebuild may get another image. A reference that also pins a digest
 * ({@code debian:latest@sha256:...}) is fixed and not reported.
 */
final class ImageNotLatest implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "DL3007",
      List.of(),
      Severity.WARNING,
      "Pin a release tag instead of latest.",
      """
      FROM debian:latest
      RUN true
      """,
      """
      FROM debian:12.8-slim
      RUN true
      """);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context) {
    for (FromInstruction from : context.instructions(FromInstruction.class)) {
      if (from.image() instanceof ImageRef image && image.digest().isEmpty()
          && image.tag().map("latest"::equals).orElse(false)) {
        context.report(from, "The image " + image.text() + " uses the moving tag latest: pin a release tag");
      }
    }
  }
}
