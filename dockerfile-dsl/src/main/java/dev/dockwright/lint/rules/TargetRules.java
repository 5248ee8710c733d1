package dev.dockwright.lint.rules;

import dev.dockwright.lint.Rule;
import java.util.List;

/** Rules that report features the chosen builder (buildah, the legacy builder) does not accept. */
final class TargetRules {
  private TargetRules() {}

  static List<Rule> all() {
    return List.of();
  }
}
