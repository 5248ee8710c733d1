package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.Severity;
import dev.dockwright.parser.syntax.Instruction;
import java.util.List;
import java.util.Locale;

/** Stage names are compared case-insensitively; writing them in lower case keeps them apart from keywords. */
final class StageNameCasing implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "StageNameCasing",
      List.of(),
      Severity.INFO,
      "Stage names should be lowercase.",
      """
      FROM golang:1.23.4-bookworm AS BuildBase
      RUN go version
      """,
      """
      FROM golang:1.23.4-bookworm AS build-base
      RUN go version
      """);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context) {
    for (Instruction in : context.syntaxTree().instructions()) {
      List<String> args = in.arguments();
      if (in.lowerCaseKeyword().equals("from") && args.size() == 3) {
        String name = args.get(2);
        if (!name.equals(name.toLowerCase(Locale.ROOT))) {
          BuildKitText.report(context, in, "Stage name '" + name + "' should be lowercase");
        }
      }
    }
  }
}
