package dev.dockwright.lint.rules;

import dev.dockwright.lexer.ExpandedWord;
import dev.dockwright.lint.LintContext;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.Severity;
import dev.dockwright.text.Suggestions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A FROM line (base name or {@code --platform}) may only use the global ARGs declared before the first
 * FROM and the predefined platform args ({@code BUILDPLATFORM}, {@code TARGETARCH}, ...). A misspelt one
 * expands to nothing; a near match is suggested.
 */
final class UndefinedArgInFrom implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "UndefinedArgInFrom",
      List.of(),
      Severity.WARNING,
      "FROM should only use declared global ARGs and the predefined platform args.",
      """
      FROM node:22${VARIANT} AS build
      RUN npm --version
      """,
      """
      ARG VARIANT=-bookworm-slim
      FROM node:22${VARIANT} AS build
      RUN npm --version
      """);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context) {
    BuildScopes scopes = BuildScopes.of(context);
    List<String> declared = scopes.fromArgNames();
    for (FromWords from : FromWords.of(context)) {
      Set<String> unset = new LinkedHashSet<>();
      scopes.expand(from.base(), scopes.globalEnv()).ifPresent(w -> unset.addAll(w.unset()));
      from.platform().flatMap(p -> scopes.expand(p, scopes.globalEnv()))
          .map(ExpandedWord::unset).ifPresent(unset::addAll);
      for (String name : new ArrayList<>(unset)) {
        if (declared.contains(name)) {
          continue;
        }
        String message = "FROM argument '" + name + "' is not declared"
            + Suggestions.nearest(name, declared, true).map(s -> " (did you mean " + s + "?)").orElse("");
        context.report(from.stage().from(), message);
      }
    }
  }
}
