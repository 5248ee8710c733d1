package dev.dockwright.lint.rules;

import dev.dockwright.lint.Finding;
import dev.dockwright.lint.LintOptions;
import dev.dockwright.lint.Linter;
import dev.dockwright.lint.Rule;
import dev.dockwright.model.BuilderTarget;
import dev.dockwright.parser.DockerfileParser;
import java.util.List;

/** Runs one rule over a Dockerfile and gives its findings as {@link Finding#format()} lines. */
final class Lints {
  private Lints() {}

  static List<String> lint(Rule rule, String text) {
    return lint(rule, text, LintOptions.defaults());
  }

  static List<String> lint(Rule rule, String text, BuilderTarget target) {
    return lint(rule, text, LintOptions.defaults().withTarget(target));
  }

  static List<String> lint(Rule rule, String text, LintOptions options) {
    return new Linter(List.of(rule)).lint(text, "Dockerfile", options).stream().map(Finding::format).toList();
  }

  /** As the lenient parser reads the file: for what BuildKit builds and the strict parser refuses. */
  static List<String> lintLenient(Rule rule, String text) {
    return new Linter(List.of(rule)).lint(DockerfileParser.lenient().parse(text, "Dockerfile"), LintOptions.defaults())
        .stream().map(Finding::format).toList();
  }
}
