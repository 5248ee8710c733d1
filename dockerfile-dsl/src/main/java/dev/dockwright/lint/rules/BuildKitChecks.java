package dev.dockwright.lint.rules;

import dev.dockwright.lint.Rule;
import java.util.List;

/** BuildKit's {@code --check} rules, by their BuildKit names, with the hadolint ids of the same checks. */
final class BuildKitChecks {
  private BuildKitChecks() {}

  static List<Rule> all() {
    return List.of(
        new JsonArgsRecommended(),
        new MaintainerDeprecated());
  }
}
