package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.BuilderTarget;
import dev.dockwright.parser.syntax.Flag;
import dev.dockwright.parser.syntax.Instruction;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * COPY and ADD flags that only BuildKit knows. buildah (1.28, podman) refuses {@code --link},
 * {@code --parents}, {@code --exclude} and ADD's {@code --checksum}; the legacy builder also
 * {@code --chmod} and ADD's {@code --keep-git-dir} and {@code --unpack}. {@code --from} and
 * {@code --chown} work everywhere.
 */
final class CopyFlagUnsupported implements Rule {
  private static final Set<String> BUILDAH_COPY = Set.of("link", "parents", "exclude");
  private static final Set<String> BUILDAH_ADD = Set.of("link", "exclude", "checksum");
  private static final Set<String> LEGACY_COPY = Set.of("chmod", "link", "parents", "exclude");
  private static final Set<String> LEGACY_ADD = Set.of("chmod", "link", "exclude", "checksum", "keep-git-dir",
      "unpack");

  static final RuleInfo INFO = new RuleInfo(
      "DW1002",
      List.of(),
      Severity.ERROR,
      "COPY/ADD flag unsupported: buildah and the legacy builder refuse BuildKit's --link, --parents, --exclude,"
          + " --checksum (and the legacy builder --chmod).",
      """
      FROM nginx:1.27.3
      COPY --link site/ /usr/share/nginx/html/
      """,
      """
      FROM nginx:1.27.3
      COPY --chown=nginx:nginx site/ /usr/share/nginx/html/
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
    for (Instruction in : BuilderSupport.instructions(context)) {
      String keyword = in.lowerCaseKeyword();
      boolean add = keyword.equals("add");
      if (!add && !keyword.equals("copy")) {
        continue;
      }
      Set<String> refused = target == BuilderTarget.BUILDAH
          ? (add ? BUILDAH_ADD : BUILDAH_COPY)
          : (add ? LEGACY_ADD : LEGACY_COPY);
      for (Flag f : in.flags()) {
        if (refused.contains(f.name())) {
          BuilderSupport.report(context, f, keyword.toUpperCase(Locale.ROOT) + " --" + f.name()
              + " is not supported by " + BuilderSupport.name(target));
        }
      }
    }
  }
}
