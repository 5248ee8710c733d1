package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.EnvInstruction;
import dev.dockwright.model.Instruction;
import dev.dockwright.model.LabelInstruction;
import java.util.List;

/**
 * {@code ENV key value} and {@code LABEL key value}: the legacy form takes the whole rest of the line as the
 * value, quotes and all, and can set only one variable. {@code key=value} is the form to use.
 */
final class LegacyKeyValueFormat implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "LegacyKeyValueFormat",
      List.of(),
      Severity.WARNING,
      "ENV and LABEL should use key=value, not the legacy key value form.",
      """
      FROM alpine:3.20
      ENV APP_HOME /srv/app
      """,
      """
      FROM alpine:3.20
      ENV APP_HOME=/srv/app
      """);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context) {
    for (Instruction i : context.instructions()) {
      if (!(i instanceof EnvInstruction) && !(i instanceof LabelInstruction)) {
        continue;
      }
      context.syntaxOf(i).ifPresent(in -> {
        List<String> args = in.arguments();
        for (int k = 2; k < args.size(); k += 3) {
          if (args.get(k).isEmpty()) {
            String name = in.keyword();
            context.report(i, "\"" + name + " key=value\" should be used instead of legacy \"" + name
                + " key value\" format");
          }
        }
      });
    }
  }
}
