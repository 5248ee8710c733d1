/**
 * The linter: {@link dev.dockwright.lint.Linter} runs {@link dev.dockwright.lint.Rule rules} (one small class
 * each, in {@code dev.dockwright.lint.rules}, with hadolint's ids and BuildKit's check names) over a parsed
 * Dockerfile and returns {@link dev.dockwright.lint.Finding findings} as values; reports in text, JSON and
 * SARIF 2.1.0.
 */
package dev.dockwright.lint;
