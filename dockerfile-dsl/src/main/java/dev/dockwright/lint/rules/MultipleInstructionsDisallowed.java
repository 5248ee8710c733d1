package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.CmdInstruction;
import dev.dockwright.model.EntrypointInstruction;
import dev.dockwright.model.HealthcheckInstruction;
import dev.dockwright.model.Instruction;
import dev.dockwright.model.Stage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A stage has one CMD, one ENTRYPOINT and one HEALTHCHECK: of several, only the last counts. As BuildKit
 * does, each one that a later one overrides is reported, with the hadolint id of the same check (DL4003 for
 * CMD, DL4004 for ENTRYPOINT, DL3012 for HEALTHCHECK). A stage FROM another starts afresh.
 */
final class MultipleInstructionsDisallowed implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "MultipleInstructionsDisallowed",
      List.of("DL4003", "DL4004", "DL3012"),
      Severity.WARNING,
      "A stage should have at most one CMD, ENTRYPOINT and HEALTHCHECK: only the last one counts.",
      """
      FROM alpine:3.20
      ENTRYPOINT ["echo", "Hello, Norway!"]
      ENTRYPOINT ["echo", "Hello, Sweden!"]
      """,
      """
      FROM alpine:3.20
      HEALTHCHECK CMD ["wget", "-q", "--spider", "http://localhost:8080/"]
      ENTRYPOINT ["echo"]
      CMD ["Hello, Norway!"]
      """);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context) {
    for (Stage stage : context.file().stages()) {
      Map<String, Instruction> last = new HashMap<>();
      for (Instruction i : stage.instructions()) {
        String alias = i instanceof CmdInstruction ? "DL4003"
            : i instanceof EntrypointInstruction ? "DL4004"
            : i instanceof HealthcheckInstruction ? "DL3012" : null;
        if (alias == null) {
          continue;
        }
        Instruction previous = last.put(i.keyword(), i);
        if (previous != null) {
          String written = context.syntaxOf(i).map(s -> s.keyword()).orElse(i.keyword());
          context.report(previous, "Multiple " + written
              + " instructions should not be used in the same stage because only the last one will be used", alias);
        }
      }
    }
  }
}
