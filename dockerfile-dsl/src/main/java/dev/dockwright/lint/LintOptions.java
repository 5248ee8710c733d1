package dev.dockwright.lint;

import dev.dockwright.model.BuilderTarget;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;

/**
 * How to lint: for which builder, which rules to leave out (by any of their ids), the least severity to
 * report, and optionally the build context directory (for the checks that read its {@code .dockerignore}).
 *
 * <pre>{@code
 * LintOptions.defaults().withTarget(BuilderTarget.BUILDAH).withIgnored(Set.of("DL3008"))
 * LintOptions.defaults().withContext(Path.of("."))   // CopyIgnoredFile reads ./.dockerignore
 * }</pre>
 *
 * @param target the builder the file is linted for
 * @param ignored ids of rules to leave out
 * @param threshold the least severity reported
 * @param context the build context directory, or null when unknown (checks that need it stay quiet)
 * @param enabled ids of opt-in rules to run as well (see {@link Rule#enabledByDefault()})
 */
public record LintOptions(
    BuilderTarget target, Set<String> ignored, Severity threshold, Path context, Set<String> enabled) {
  /**
   * Checks and copies the values. Ids are matched against every id of a rule, without regard to case.
   *
   * @param target the builder the file is linted for
   * @param ignored ids of rules to leave out, such as {@code Set.of("DL3008")}
   * @param threshold the least severity reported
   * @param context the build context directory, or null
   * @param enabled ids of opt-in rules to run, such as {@code Set.of("DL3057")}
   * @throws NullPointerException if a value other than {@code context} is null
   */
  public LintOptions {
    Objects.requireNonNull(target, "target");
    ignored = Set.copyOf(ignored);
    Objects.requireNonNull(threshold, "threshold");
    enabled = Set.copyOf(enabled);
  }

  /**
   * Options with a build context and no opt-in rule enabled.
   *
   * @param target the builder the file is linted for
   * @param ignored ids of rules to leave out
   * @param threshold the least severity reported
   * @param context the build context directory, or null
   * @throws NullPointerException if a value other than {@code context} is null
   */
  public LintOptions(BuilderTarget target, Set<String> ignored, Severity threshold, Path context) {
    this(target, ignored, threshold, context, Set.of());
  }

  /**
   * These options with these opt-in rules enabled (replacing those enabled before).
   *
   * @param enabled any of the rules' ids, such as {@code Set.of("DL3057")}
   * @return new options
   */
  public LintOptions withEnabled(Set<String> enabled) {
    return new LintOptions(target, ignored, threshold, context, enabled);
  }

  /**
   * Options without a build context and with no opt-in rule enabled.
   *
   * @param target the builder the file is linted for
   * @param ignored ids of rules to leave out
   * @param threshold the least severity reported
   * @throws NullPointerException if a value is null
   */
  public LintOptions(BuilderTarget target, Set<String> ignored, Severity threshold) {
    this(target, ignored, threshold, null);
  }

  /**
   * The default options: BuildKit, no rule ignored, every severity reported, no build context, no opt-in rule.
   *
   * @return the default options
   */
  public static LintOptions defaults() {
    return new LintOptions(BuilderTarget.BUILDKIT, Set.of(), Severity.INFO, null, Set.of());
  }

  /**
   * These options for another builder: rules about syntax a builder refuses report only for that builder.
   *
   * @param target such as {@link BuilderTarget#BUILDAH}
   * @return new options
   */
  public LintOptions withTarget(BuilderTarget target) {
    return new LintOptions(target, ignored, threshold, context, enabled);
  }

  /**
   * These options leaving out the rules with these ids (replacing those left out before).
   *
   * @param ignored any of the rules' ids, such as {@code Set.of("DL3008", "StageNameCasing")}
   * @return new options
   */
  public LintOptions withIgnored(Set<String> ignored) {
    return new LintOptions(target, ignored, threshold, context, enabled);
  }

  /**
   * These options reporting only findings at least this severe.
   *
   * @param threshold {@link Severity#WARNING} drops the infos, {@link Severity#ERROR} keeps errors only
   * @return new options
   */
  public LintOptions withThreshold(Severity threshold) {
    return new LintOptions(target, ignored, threshold, context, enabled);
  }

  /**
   * These options with the build context directory, whose {@code .dockerignore} the checks read.
   *
   * @param context such as {@code Path.of(".")}; null for none
   * @return new options
   */
  public LintOptions withContext(Path context) {
    return new LintOptions(target, ignored, threshold, context, enabled);
  }
}
