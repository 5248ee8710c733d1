package dev.dockwright.lint.rules;

import dev.dockwright.lint.Rule;
import java.util.ArrayList;
import java.util.List;

/**
 * Every lint rule, in a stable order: BuildKit's checks (with the hadolint ids of the same checks), then the
 * remaining hadolint rules, then the builder-target rules.
 *
 * <pre>{@code
 * Rules.all().forEach(r -> System.out.println(r.info().id()));
 * }</pre>
 */
public final class Rules {
  private Rules() {}

  /** All rules. */
  public static List<Rule> all() {
    List<Rule> all = new ArrayList<>(BuildKitChecks.all());
    all.addAll(HadolintRules.all());
    all.addAll(TargetRules.all());
    return List.copyOf(all);
  }
}
