package dev.dockwright.lint.rules;

import dev.dockwright.lint.Rule;
import java.util.List;

/**
 * BuildKit's {@code --check} rules, by their BuildKit names and in the order of BuildKit's rule set, with the
 * hadolint ids of the same checks. InvalidBaseImagePlatform is left out: it compares the platform of the
 * pulled base image, which only a build knows.
 */
final class BuildKitChecks {
  private BuildKitChecks() {}

  static List<Rule> all() {
    return List.of(
        new StageNameCasing(),
        new FromAsCasing(),
        new NoEmptyContinuation(),
        new ConsistentInstructionCasing(),
        new DuplicateStageName(),
        new ReservedStageName(),
        new JsonArgsRecommended(),
        new MaintainerDeprecated(),
        new UndefinedArgInFrom(),
        new WorkdirRelativePath(),
        new UndefinedVar(),
        new MultipleInstructionsDisallowed(),
        new LegacyKeyValueFormat(),
        new RedundantTargetPlatform(),
        new SecretsUsedInArgOrEnv(),
        new InvalidDefaultArgInFrom(),
        new FromPlatformFlagConstDisallowed(),
        new CopyIgnoredFile(),
        new InvalidDefinitionDescription(),
        new ExposeProtoCasing(),
        new ExposeInvalidFormat());
  }
}
