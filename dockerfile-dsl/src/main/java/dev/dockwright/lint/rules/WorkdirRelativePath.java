package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.Stage;
import dev.dockwright.model.WorkdirInstruction;
import java.util.List;

/**
 * A relative WORKDIR resolves against the base image's working directory, which may change upstream. As
 * BuildKit does, only the first WORKDIR of a stage (and of the stages it builds on) is checked, after
 * expansion. A path whose variables this linter cannot know (one the base image may set) is left alone, and
 * a Windows path with a drive letter ({@code C:\app}) counts as absolute, as it does for a Windows image.
 *
 * <p>hadolint's DL3000 is a different, stricter check (every relative WORKDIR), so it is not an alias.
 */
final class WorkdirRelativePath implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "WorkdirRelativePath",
      List.of(),
      Severity.WARNING,
      "The first WORKDIR of a stage should be absolute: a relative one depends on the base image.",
      """
      FROM nginx:1.27.3
      WORKDIR usr/share/nginx/html
      COPY public .
      """,
      """
      FROM nginx:1.27.3
      WORKDIR /usr/share/nginx/html
      COPY public .
      """);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context) {
    BuildScopes scopes = BuildScopes.of(context);
    for (Stage stage : context.file().stages()) {
      for (var e : stage.body()) {
        if (!(e instanceof WorkdirInstruction)) {
          continue;
        }
        scopes.before(e).filter(scope -> !scope.workdirSet()).ifPresent(scope ->
            context.syntaxOf(e).filter(in -> !in.arguments().isEmpty()).ifPresent(in ->
                scopes.expand(in.arguments().get(0), scope.lexerEnv()).ifPresent(w -> {
                  if (w.unset().isEmpty() && !isAbsolute(w.value())) {
                    context.report(e, "Relative workdir " + BuildKitText.quote(w.value())
                        + " can have unexpected results if the base image changes");
                  }
                })));
      }
    }
  }

  /** Absolute for Linux ({@code /app}) or, with a drive letter or a leading backslash, for Windows. */
  static boolean isAbsolute(String path) {
    return path.startsWith("/") || path.startsWith("\\")
        || path.length() >= 3 && Character.isLetter(path.charAt(0)) && path.charAt(1) == ':'
            && (path.charAt(2) == '\\' || path.charAt(2) == '/');
  }
}
