package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.ArgDeclaration;
import dev.dockwright.model.ArgInstruction;
import dev.dockwright.model.EnvInstruction;
import dev.dockwright.model.Instruction;
import dev.dockwright.model.KeyValue;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The values of one ENV are all expanded before any of its variables is set: in {@code ENV A=1 B=$A}, B gets
 * the value A had before this line, not 1. Reported when a variable set by an ENV is referenced by another
 * variable of the same ENV and was not defined by an earlier ENV or ARG (when it was, the old value may well be
 * the one meant). A variable that refers to itself ({@code ENV PATH=/opt/bin:$PATH}) is fine.
 */
final class EnvSelfReference implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "DL3044",
      List.of(),
      Severity.ERROR,
      "Do not reference a variable in the same ENV that sets it.",
      """
      FROM debian:12.8-slim
      ENV APP_HOME=/opt/app APP_BIN=${APP_HOME}/bin
      """,
      """
      FROM debian:12.8-slim
      ENV APP_HOME=/opt/app
      ENV APP_BIN=${APP_HOME}/bin PATH=/opt/app/bin:$PATH
      """);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context) {
    Set<String> defined = new HashSet<>();
    for (Instruction i : context.instructions()) {
      if (i instanceof ArgInstruction arg) {
        arg.arguments().stream().map(ArgDeclaration::name).forEach(defined::add);
      } else if (i instanceof EnvInstruction env) {
        List<KeyValue> pairs = env.variables();
        Set<String> referenced = new LinkedHashSet<>();
        for (int k = 0; k < pairs.size(); k++) {
          String key = pairs.get(k).key();
          for (int other = 0; other < pairs.size(); other++) {
            if (other != k && !defined.contains(key)
                && pairs.get(other).value().referencedNames().contains(key)) {
              referenced.add(key);
            }
          }
        }
        if (!referenced.isEmpty()) {
          context.report(env, "ENV sets and references " + String.join(", ", referenced)
              + " at once: the reference sees the value from before this ENV; set it in an earlier ENV");
        }
        pairs.forEach(p -> defined.add(p.key()));
      }
    }
  }
}
