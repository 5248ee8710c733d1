package dev.dockwright.lint.rules;

import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Every built-in lint rule, in a stable order: BuildKit's checks (with the hadolint ids of the same checks),
 * then the remaining hadolint rules, then the builder-target rules. {@link dev.dockwright.lint.Linter#create()}
 * finds them as a {@link RuleSet} service, so that the linter does not depend on its rules' package.
 *
 * <pre>{@code
 * Rules.all().forEach(r -> System.out.println(r.info().id()));
 * }</pre>
 */
public final class Rules implements RuleSet {
  /** The service provider; {@link #all()} is the direct way to the rules. */
  public Rules() {}

  @Override
  public List<Rule> rules() {
    return all();
  }

  /**
   * All rules.
   *
   * @return every built-in rule, in the order they run
   */
  public static List<Rule> all() {
    List<Rule> all = new ArrayList<>(BuildKitChecks.all());
    all.addAll(HadolintRules.all());
    all.addAll(TargetRules.all());
    return List.copyOf(all);
  }
}
