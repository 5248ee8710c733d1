package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.Severity;
import dev.dockwright.parser.syntax.Instruction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The comment right above a named FROM or an ARG is its description for {@code docker buildx build
 * --call=outline}, and should start with the stage or argument name: {@code # VERSION the release to
 * build}. Experimental in BuildKit, so off unless the file enables it, as BuildKit's own switch does:
 * {@code # check=experimental=InvalidDefinitionDescription} (or {@code experimental=all}). A bare
 * {@code #} line between the comment and the instruction marks the comment as no description.
 */
final class InvalidDefinitionDescription implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "InvalidDefinitionDescription",
      List.of(),
      Severity.INFO,
      "A comment right above a named FROM or an ARG should start with the stage or argument name.",
      """
      # check=experimental=InvalidDefinitionDescription
      # the version to build
      ARG VERSION=1.4.2
      FROM alpine:3.20
      """,
      """
      # check=experimental=InvalidDefinitionDescription
      # VERSION the version to build
      ARG VERSION=1.4.2
      FROM alpine:3.20
      """);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context) {
    if (!enabled(context.file().directive("check").orElse(""))) {
      return;
    }
    for (Instruction in : context.syntaxTree().instructions()) {
      List<String> keys = new ArrayList<>();
      String instruction = in.lowerCaseKeyword().toUpperCase(Locale.ROOT);
      List<String> args = in.arguments();
      if (instruction.equals("FROM") && args.size() == 3 && args.get(1).equalsIgnoreCase("as")) {
        keys.add(args.get(2).toLowerCase(Locale.ROOT));
      } else if (instruction.equals("ARG")) {
        for (String word : args) {
          int eq = word.indexOf('=');
          keys.add(eq < 0 ? word : word.substring(0, eq));
        }
      }
      List<String> comments = in.precedingComments();
      if (keys.isEmpty() || comments.isEmpty()) {
        continue;
      }
      String first = comments.get(comments.size() - 1).split(" ", -1)[0];
      if (keys.contains(first)) {
        continue;
      }
      String example = keys.size() > 1 ? "<arg_key>" : keys.get(0);
      BuildKitText.report(context, in,
          "Comment for " + instruction + " should follow the format: `# " + example + " <description>`");
    }
  }

  /** Whether the check directive's {@code experimental} option names this check or {@code all}. */
  static boolean enabled(String checkDirective) {
    for (String part : checkDirective.split(";")) {
      String[] kv = part.split("=", 2);
      if (kv.length == 2 && kv[0].trim().equals("experimental")) {
        for (String rule : kv[1].split(",")) {
          if (rule.trim().equals("all") || rule.trim().equals("InvalidDefinitionDescription")) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
