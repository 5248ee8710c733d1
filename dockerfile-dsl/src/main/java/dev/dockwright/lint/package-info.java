/**
 * The linter: {@link dev.dockwright.lint.Linter} runs {@link dev.dockwright.lint.Rule rules} (one small class
 * each, with hadolint's ids and BuildKit's check names) over a parsed Dockerfile and returns
 * {@link dev.dockwright.lint.Finding findings} as values; reports in text, JSON and SARIF 2.1.0.
 *
 * <pre>{@code
 * List<Finding> findings = Linter.create().lint(text, "Dockerfile",
 *     LintOptions.defaults().withTarget(BuilderTarget.BUILDAH).withIgnored(Set.of("DL3008")));
 * System.out.print(LintReport.text(findings));
 * }</pre>
 *
 * <p>The built-in rules are found as a {@link dev.dockwright.lint.RuleSet} service, and a library can add
 * its own the same way. Each rule has a page in {@code docs/rules/}.
 */
package dev.dockwright.lint;
