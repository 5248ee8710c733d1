/**
 * The lint rules, one class each. {@link dev.dockwright.lint.rules.Rules#all()} lists them. A rule that is the
 * same check in hadolint and in BuildKit has one class with both ids.
 */
package dev.dockwright.lint.rules;
