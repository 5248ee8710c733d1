package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.Severity;
import dev.dockwright.parser.syntax.Instruction;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Two stages with one name (compared case-insensitively): a reference can only reach one of them. BuildKit
 * builds such a file; Dockwright's strict parser refuses it ("duplicate stage name"), so this check reports
 * when a leniently read file is linted ({@code linter.lint(DockerfileParser.lenient().parse(text, name),
 * options)}). It reads the syntax tree, which keeps every FROM.
 */
final class DuplicateStageName implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "DuplicateStageName",
      List.of("DL3024"),
      Severity.ERROR,
      "Stage names should be unique.",
      """
      FROM debian:12.8-slim AS builder
      RUN apt-get update

      FROM golang:1.23.4-bookworm AS builder
      RUN go version
      """,
      """
      FROM debian:12.8-slim AS deb-builder
      RUN apt-get update

      FROM golang:1.23.4-bookworm AS go-builder
      RUN go version
      """);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context) {
    Set<String> seen = new HashSet<>();
    for (Instruction in : context.syntaxTree().instructions()) {
      List<String> args = in.arguments();
      if (in.lowerCaseKeyword().equals("from") && args.size() == 3 && args.get(1).equalsIgnoreCase("as")) {
        String name = args.get(2).toLowerCase(Locale.ROOT);
        if (!seen.add(name)) {
          BuildKitText.report(context, in,
              "Duplicate stage name " + BuildKitText.quote(name) + ", stage names should be unique");
        }
      }
    }
  }
}
