package dev.dockwright.lint;

/**
 * A lint rule: a small class with a stable id that looks at a Dockerfile and reports what is legal but
 * unwise. Rules keep no state between files.
 *
 * <pre>{@code
 * final class NoMaintainer implements Rule {
 *   static final RuleInfo INFO = new RuleInfo("NoMaintainer", List.of(), Severity.WARNING,
 *       "Use a LABEL instead of MAINTAINER.", "FROM alpine:3.20\nMAINTAINER jane\n", "FROM alpine:3.20\n");
 *
 *   public RuleInfo info() {
 *     return INFO;
 *   }
 *
 *   public void check(LintContext context) {
 *     for (MaintainerInstruction m : context.instructions(MaintainerInstruction.class)) {
 *       context.report(m, "MAINTAINER is deprecated: use LABEL org.opencontainers.image.authors");
 *     }
 *   }
 * }
 * }</pre>
 *
 * <p>Run it with {@code new Linter(List.of(new NoMaintainer()))}, or with the built-in rules by listing it in
 * a {@link RuleSet}.
 */
public interface Rule {
  /**
   * What the rule is: ids, severity, description and examples.
   *
   * @return the same value on every call
   */
  RuleInfo info();

  /**
   * Whether {@link Linter#create()} runs the rule without being asked ({@link LintOptions#withEnabled}). A
   * rule that would report on almost every file (hadolint ignores DL3057 by default) is opt-in.
   *
   * @return true by default; false for an opt-in rule
   */
  default boolean enabledByDefault() {
    return true;
  }

  /**
   * Looks at the file and reports findings through the context. Called once per file linted; the rule keeps
   * nothing between calls.
   *
   * @param context the file, its instructions and stages, and the {@code report} methods
   */
  void check(LintContext context);
}
