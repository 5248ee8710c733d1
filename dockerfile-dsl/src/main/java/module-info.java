/**
 * Dockwright's core: the Dockerfile model and its DSL, the renderer, the parser, the linter, the optimizer and
 * the cache analysis. Depends on {@code java.base} alone.
 *
 * <pre>{@code
 * module com.example.images {
 *   requires dev.dockwright;
 * }
 * }</pre>
 *
 * <p>The packages {@code dev.dockwright.lexer}, {@code dev.dockwright.lint.rules} and {@code dev.dockwright.text}
 * are its implementation and are not exported; the built-in lint rules are reached through {@link dev.dockwright.lint.Linter#create()}.
 */
module dev.dockwright {
  exports dev.dockwright.model;
  exports dev.dockwright.dsl;
  exports dev.dockwright.render;
  exports dev.dockwright.parser;
  exports dev.dockwright.parser.syntax;
  exports dev.dockwright.lint;
  exports dev.dockwright.optimize;
  exports dev.dockwright.cache;
  exports dev.dockwright.context;
  exports dev.dockwright.json;
  // the shell reading of RUN commands, which rules written outside the library use through LintContext
  exports dev.dockwright.shell;

  uses dev.dockwright.lint.RuleSet;
  provides dev.dockwright.lint.RuleSet with dev.dockwright.lint.rules.Rules;
}
