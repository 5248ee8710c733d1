package dev.dockwright.lint.rules;

import dev.dockwright.lint.Rule;
import java.util.List;

/** hadolint's rules that BuildKit has no check for, by hadolint's ids. */
final class HadolintRules {
  private HadolintRules() {}

  static List<Rule> all() {
    return List.of();
  }
}
