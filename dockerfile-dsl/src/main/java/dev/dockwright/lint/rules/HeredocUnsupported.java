package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.BuilderTarget;
import dev.dockwright.parser.syntax.Instruction;
import java.util.List;

/**
 * Heredocs ({@code RUN <<EOF}, {@code COPY <<EOF /etc/app.conf}) are BuildKit syntax: buildah and the legacy
 * builder refuse the file. Write the script to a file in the context and COPY it, or chain the commands.
 */
final class HeredocUnsupported implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "DW1001",
      List.of(),
      Severity.ERROR,
      "Heredoc unsupported: buildah and the legacy builder refuse RUN, COPY and ADD heredocs.",
      """
      FROM debian:12.8-slim
      RUN <<EOF
      apt-get update
      apt-get install -y --no-install-recommends curl
      EOF
      """,
      """
      FROM debian:12.8-slim
      RUN apt-get update \\
          && apt-get install -y --no-install-recommends curl
      """,
      BuilderTarget.BUILDAH);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context) {
    BuilderTarget target = context.target();
    if (target == BuilderTarget.BUILDKIT) {
      return;
    }
    for (Instruction in : context.syntaxTree().instructions()) {
      if (!in.heredocs().isEmpty()) {
        String keyword = in.onbuildTrigger().map(t -> "ONBUILD " + t.lowerCaseKeyword()).orElse(in.lowerCaseKeyword())
            .toUpperCase(java.util.Locale.ROOT);
        BuildKitText.report(context, in, "Heredocs in " + keyword + " are not supported by "
            + BuilderSupport.name(target) + ": <<" + in.heredocs().get(0).name());
      }
    }
  }
}
