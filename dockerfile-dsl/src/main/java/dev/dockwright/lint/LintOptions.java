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
 */
public record LintOptions(
    BuilderTarget target, Set<String> ignored, Severity threshold, Path context, Set<String> enabled) {
  public LintOptions {
    Objects.requireNonNull(target, "target");
    ignored = Set.copyOf(ignored);
    Objects.requireNonNull(threshold, "threshold");
    enabled = Set.copyOf(enabled);
  }

  /** Options with a build context and no opt-in rule enabled. */
  public LintOptions(BuilderTarget target, Set<String> ignored, Severity threshold, Path context) {
    this(target, ignored, threshold, context, Set.of());
  }

  /** With these opt-in rules (by any of their ids) enabled. */
  public LintOptions withEnabled(Set<String> enabled) {
    return new LintOptions(target, ignored, threshold, context, enabled);
  }

  /** Options without a build context. */
  public LintOptions(BuilderTarget target, Set<String> ignored, Severity threshold) {
    this(target, ignored, threshold, null);
  }

  /** BuildKit, no rule ignored, every severity reported, no build context. */
  public static LintOptions defaults() {
    return new LintOptions(BuilderTarget.BUILDKIT, Set.of(), Severity.INFO, null, Set.of());
  }

  /** For another builder. */
  public LintOptions withTarget(BuilderTarget target) {
    return new LintOptions(target, ignored, threshold, context, enabled);
  }

  /** Leaving out the rules with these ids. */
  public LintOptions withIgnored(Set<String> ignored) {
    return new LintOptions(target, ignored, threshold, context, enabled);
  }

  /** Reporting only findings at least this severe. */
  public LintOptions withThreshold(Severity threshold) {
    return new LintOptions(target, ignored, threshold, context, enabled);
  }

  /** With the build context directory (null for none), whose {@code .dockerignore} the checks read. */
  public LintOptions withContext(Path context) {
    return new LintOptions(target, ignored, threshold, context, enabled);
  }
}
