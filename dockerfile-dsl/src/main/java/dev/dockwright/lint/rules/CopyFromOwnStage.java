package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.CopyInstruction;
import java.util.List;
import java.util.Locale;

/** A stage cannot copy from itself: {@code COPY --from=<its own name>} names a stage that is not built yet. */
final class CopyFromOwnStage implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "DL3023",
      List.of(),
      Severity.ERROR,
      "COPY --from cannot name its own stage.",
      """
      FROM golang:1.23.4-bookworm AS build
      COPY --from=build /go/bin/app /app
      """,
      """
      FROM golang:1.23.4-bookworm AS build
      RUN go build -o /out/app .
      FROM gcr.io/distroless/static-debian12:nonroot
      COPY --from=build /out/app /app
      """);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context) {
    for (CopyInstruction copy : context.instructions(CopyInstruction.class)) {
      if (copy.from() == null) {
        continue;
      }
      String from = copy.from().text().toLowerCase(Locale.ROOT);
      context.stageOf(copy).flatMap(s -> s.name()).ifPresent(name -> {
        if (name.toLowerCase(Locale.ROOT).equals(from)) {
          context.report(copy, "COPY --from=" + copy.from().text() + " names the stage it is in");
        }
      });
    }
  }
}
