package dev.dockwright.lint;

/**
 * A lint rule: a small class with a stable id that looks at a Dockerfile and reports what is legal but
 * unwise. Rules keep no state between files.
 *
 * <pre>{@code
 * final class MaintainerDeprecated implements Rule {
 *   public RuleInfo info() { return INFO; }
 *   public void check(LintContext context) {
 *     context.instructions(MaintainerInstruction.class)
 *         .forEach(m -> context.report(m, "MAINTAINER is deprecated: use LABEL org.opencontainers.image.authors"));
 *   }
 * }
 * }</pre>
 */
public interface Rule {
  /** What the rule is. */
  RuleInfo info();

  /**
   * Whether {@link Linter#create()} runs the rule without being asked ({@link LintOptions#withEnabled}). A
   * rule that would report on almost every file (hadolint ignores DL3057 by default) is opt-in.
   */
  default boolean enabledByDefault() {
    return true;
  }

  /** Looks at the file and reports findings through the context. */
  void check(LintContext context);
}
