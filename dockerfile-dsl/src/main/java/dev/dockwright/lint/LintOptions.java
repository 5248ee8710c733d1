package dev.dockwright.lint;

import dev.dockwright.model.BuilderTarget;
import java.util.Objects;
import java.util.Set;

/**
 * How to lint: for which builder, which rules to leave out (by any of their ids), and the least severity to
 * report.
 *
 * <pre>{@code
 * LintOptions.defaults().withTarget(BuilderTarget.BUILDAH).withIgnored(Set.of("DL3008"))
 * }</pre>
 */
public record LintOptions(BuilderTarget target, Set<String> ignored, Severity threshold) {
  public LintOptions {
    Objects.requireNonNull(target, "target");
    ignored = Set.copyOf(ignored);
    Objects.requireNonNull(threshold, "threshold");
  }

  /** BuildKit, no rule ignored, every severity reported. */
  public static LintOptions defaults() {
    return new LintOptions(BuilderTarget.BUILDKIT, Set.of(), Severity.INFO);
  }

  /** For another builder. */
  public LintOptions withTarget(BuilderTarget target) {
    return new LintOptions(target, ignored, threshold);
  }

  /** Leaving out the rules with these ids. */
  public LintOptions withIgnored(Set<String> ignored) {
    return new LintOptions(target, ignored, threshold);
  }

  /** Reporting only findings at least this severe. */
  public LintOptions withThreshold(Severity threshold) {
    return new LintOptions(target, ignored, threshold);
  }
}
