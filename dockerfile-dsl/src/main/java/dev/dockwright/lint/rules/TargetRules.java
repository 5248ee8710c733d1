package dev.dockwright.lint.rules;

import dev.dockwright.lint.Rule;
import java.util.List;

/**
 * Rules that report features the chosen builder (buildah, the legacy builder) does not accept; quiet when
 * linting for BuildKit.
 */
final class TargetRules {
  private TargetRules() {}

  static List<Rule> all() {
    return List.of(
        new HeredocUnsupported(),
        new CopyFlagUnsupported(),
        new RunFlagUnsupported(),
        new RunMountUnsupported());
  }
}
