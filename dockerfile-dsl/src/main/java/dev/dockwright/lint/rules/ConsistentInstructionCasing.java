package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.Element;
import dev.dockwright.model.Instruction;
import dev.dockwright.model.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Keywords should all be upper case or all lower case. As BuildKit does, the majority of self-consistent
 * keywords in the stages (ties count as upper case) decides, every keyword of another or of mixed case is
 * reported, and the global ARGs before the first FROM are not counted.
 */
final class ConsistentInstructionCasing implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "ConsistentInstructionCasing",
      List.of(),
      Severity.INFO,
      "All instructions should use the same casing, upper or lower.",
      """
      FROM alpine:3.20
      Run echo hello > /greeting.txt
      ENTRYPOINT ["cat", "/greeting.txt"]
      """,
      """
      from alpine:3.20
      run echo hello > /greeting.txt
      entrypoint ["cat", "/greeting.txt"]
      """);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context) {
    List<Element> all = new ArrayList<>();
    for (Stage stage : context.file().stages()) {
      all.add(stage.from());
      all.addAll(stage.instructions());
    }
    int lower = 0;
    int upper = 0;
    for (Element e : all) {
      String keyword = keyword(context, e).orElse("");
      if (keyword.isEmpty() || !BuildKitText.consistentCase(keyword)) {
        continue;
      }
      if (keyword.equals(keyword.toLowerCase(Locale.ROOT))) {
        lower++;
      } else {
        upper++;
      }
    }
    boolean majorityLower = lower > upper;
    for (Element e : all) {
      String keyword = keyword(context, e).orElse("");
      if (keyword.isEmpty()) {
        continue;
      }
      if (majorityLower && !keyword.equals(keyword.toLowerCase(Locale.ROOT))) {
        context.report(e, "Command '" + keyword + "' should match the case of the command majority (lowercase)");
      } else if (!majorityLower && !keyword.equals(keyword.toUpperCase(Locale.ROOT))) {
        context.report(e, "Command '" + keyword + "' should match the case of the command majority (uppercase)");
      }
    }
  }

  private static Optional<String> keyword(LintContext context, Element e) {
    return context.syntaxOf(e).map(in -> in.keyword()).or(() -> Optional.of(((Instruction) e).keyword()));
  }
}
