package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.BuilderTarget;
import dev.dockwright.parser.syntax.Flag;
import dev.dockwright.parser.syntax.Instruction;
import java.util.List;
import java.util.Set;

/**
 * RUN flags that only BuildKit knows: {@code --network} and {@code --security}, which buildah and the legacy
 * builder refuse, and {@code --device}, which the legacy builder refuses. RUN {@code --mount} is
 * RunMountUnsupported's.
 */
final class RunFlagUnsupported implements Rule {
  private static final Set<String> BUILDAH = Set.of("network", "security");
  private static final Set<String> LEGACY = Set.of("network", "security", "device");

  static final RuleInfo INFO = new RuleInfo(
      "DW1003",
      List.of(),
      Severity.ERROR,
      "RUN flag unsupported: buildah and the legacy builder refuse RUN --network and --security.",
      """
      FROM golang:1.23.4-bookworm
      RUN --network=none go build ./...
      """,
      """
      FROM golang:1.23.4-bookworm
      RUN go build ./...
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
    Set<String> refused = target == BuilderTarget.BUILDAH ? BUILDAH : LEGACY;
    for (Instruction in : BuilderSupport.instructions(context)) {
      if (!in.lowerCaseKeyword().equals("run")) {
        continue;
      }
      for (Flag f : in.flags()) {
        if (refused.contains(f.name())) {
          BuilderSupport.report(context, f, "RUN --" + f.name() + " is not supported by " + BuilderSupport.name(target));
        }
      }
    }
  }
}
