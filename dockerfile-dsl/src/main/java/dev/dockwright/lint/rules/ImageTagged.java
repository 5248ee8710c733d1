package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.FromInstruction;
import dev.dockwright.model.ImageRef;
import java.util.List;

/**
 * {@code FROM debian} builds on whatever {@code latest} is today. An image needs a tag or a digest;
 * {@code scratch} and earlier stages do not. A reference whose last path component holds a variable
 * ({@code FROM ${BASE_IMAGE}}, {@code FROM ghcr.io/acme/${IMAGE}}) may carry its tag in the variable and is left
 * alone.
 */
final class ImageTagged implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "DL3006",
      List.of(),
      Severity.WARNING,
      "Tag the image of a FROM explicitly.",
      """
      FROM debian
      RUN true
      """,
      """
      FROM debian:12.8-slim AS base
      FROM base
      RUN true
      """);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context) {
    for (FromInstruction from : context.instructions(FromInstruction.class)) {
      if (!(from.image() instanceof ImageRef image) || image.isScratch()) {
        continue;
      }
      String lastComponent = image.text().substring(image.text().lastIndexOf('/') + 1);
      if (lastComponent.indexOf('$') >= 0 || image.tag().isPresent() || image.digest().isPresent()) {
        continue;
      }
      context.report(from, "The image " + image.text() + " has no tag: name the version, as in "
          + image.text() + ":<version>");
    }
  }
}
