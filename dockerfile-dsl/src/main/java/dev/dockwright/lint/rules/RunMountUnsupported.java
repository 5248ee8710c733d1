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

/**
 * RUN mounts the builder cannot provide: the legacy builder has no {@code RUN --mount} at all; buildah has
 * all five mount types but not a secret exposed as an environment variable ({@code type=secret,env=...}):
 * mount it as a file and read it there.
 */
final class RunMountUnsupported implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "DW1004",
      List.of(),
      Severity.ERROR,
      "RUN mount unsupported: the legacy builder refuses RUN --mount, buildah a secret mount with env=.",
      """
      FROM node:22.12.0-bookworm-slim
      RUN --mount=type=cache,target=/root/.npm npm ci
      """,
      """
      FROM node:22.12.0-bookworm-slim
      RUN npm ci && npm cache clean --force
      """,
      BuilderTarget.LEGACY);

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
      if (!in.lowerCaseKeyword().equals("run")) {
        continue;
      }
      for (Flag f : in.flags()) {
        if (!f.name().equals("mount")) {
          continue;
        }
        if (target == BuilderTarget.LEGACY) {
          BuilderSupport.report(context, f, "RUN --mount is not supported by the legacy builder");
        } else if (isSecretWithEnv(f.value().orElse(""))) {
          BuilderSupport.report(context, f, "A secret mount with env= is not supported by buildah: mount the secret"
              + " as a file");
        }
      }
    }
  }

  private static boolean isSecretWithEnv(String mount) {
    boolean secret = false;
    boolean env = false;
    for (String field : mount.split(",")) {
      String[] kv = field.split("=", 2);
      String key = kv[0].trim().toLowerCase(Locale.ROOT);
      if (key.equals("type") && kv.length == 2 && kv[1].trim().equalsIgnoreCase("secret")) {
        secret = true;
      } else if (key.equals("env") && kv.length == 2) {
        env = true;
      }
    }
    return secret && env;
  }
}
