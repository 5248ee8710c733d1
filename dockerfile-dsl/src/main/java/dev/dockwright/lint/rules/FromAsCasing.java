package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.Severity;
import dev.dockwright.parser.syntax.Instruction;
import java.util.List;
import java.util.Locale;

/**
 * {@code FROM image as name}: the AS keyword should be cased like FROM. A FROM keyword in mixed case is left
 * to ConsistentInstructionCasing.
 */
final class FromAsCasing implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "FromAsCasing",
      List.of(),
      Severity.INFO,
      "The AS keyword should match the case of the FROM keyword.",
      """
      FROM node:22.12.0-bookworm-slim as build
      RUN npm --version
      """,
      """
      FROM node:22.12.0-bookworm-slim AS build
      RUN npm --version
      """);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context) {
    for (Instruction in : context.syntaxTree().instructions()) {
      List<String> args = in.arguments();
      if (!in.lowerCaseKeyword().equals("from") || args.size() < 3) {
        continue;
      }
      String from = in.keyword();
      String as = args.get(1);
      boolean lower = from.equals(from.toLowerCase(Locale.ROOT));
      boolean upper = from.equals(from.toUpperCase(Locale.ROOT));
      if (lower == upper) {
        continue; // mixed case FROM: ConsistentInstructionCasing reports it
      }
      boolean matches = lower ? as.equals(as.toLowerCase(Locale.ROOT)) : as.equals(as.toUpperCase(Locale.ROOT));
      if (!matches) {
        BuildKitText.report(context, in, "'" + as + "' and '" + from + "' keywords' casing do not match");
      }
    }
  }
}
