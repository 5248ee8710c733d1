package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.CopyInstruction;
import dev.dockwright.model.ImageRef;
import java.util.List;
import java.util.Locale;

/**
 * {@code COPY --from=name} takes an earlier stage or an image. A bare name that is no earlier stage is most
 * likely a typo or a stage defined later, which the builder would try to pull as an image. Image references
 * (with a tag, a digest, a registry or a path: {@code nginx:1.27}, {@code ghcr.io/acme/tools}) and references
 * with variables are not reported; the stage's own name is DL3023's.
 */
final class CopyFromKnownStage implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "DL3022",
      List.of(),
      Severity.WARNING,
      "COPY --from should name an earlier stage.",
      """
      FROM golang:1.23.4-bookworm AS build
      RUN go build -o /out/app .
      FROM gcr.io/distroless/static-debian12:nonroot
      COPY --from=builder /out/app /app
      """,
      """
      FROM golang:1.23.4-bookworm AS build
      RUN go build -o /out/app .
      FROM gcr.io/distroless/static-debian12:nonroot
      COPY --from=build /out/app /app
      COPY --from=busybox:1.37.0-musl /bin/busybox /busybox
      """);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context) {
    for (CopyInstruction copy : context.instructions(CopyInstruction.class)) {
      if (!(copy.from() instanceof ImageRef image)) {
        continue;
      }
      String name = image.text();
      if (name.indexOf(':') >= 0 || name.indexOf('/') >= 0 || name.indexOf('@') >= 0 || name.indexOf('$') >= 0) {
        continue;
      }
      boolean own = context.stageOf(copy).flatMap(s -> s.name())
          .map(n -> n.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))).orElse(false);
      if (!own) {
        context.report(copy, "COPY --from=" + name + " names no earlier stage");
      }
    }
  }
}
