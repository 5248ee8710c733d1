package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.Severity;
import dev.dockwright.model.ArgDeclaration;
import dev.dockwright.model.ArgInstruction;
import dev.dockwright.model.Element;
import dev.dockwright.model.EnvInstruction;
import dev.dockwright.model.KeyValue;
import dev.dockwright.model.Stage;
import java.util.List;
import java.util.regex.Pattern;

/**
 * ARG and ENV values end up in the image's metadata and history: no place for a password or token. A name
 * counts as secret when one of its {@code _}-separated words is a secret word ({@code key}, {@code token},
 * {@code password}, ...) and none is an innocent one ({@code public}, {@code file}, {@code version}). As in
 * BuildKit, the global ARGs before the first FROM are not checked.
 */
final class SecretsUsedInArgOrEnv implements Rule {
  private static final Pattern SECRET = Pattern.compile(
      "(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern ALLOWED = Pattern.compile("(?:_|^)(?:public|file|version)(?:_|$)",
      Pattern.CASE_INSENSITIVE);

  static final RuleInfo INFO = new RuleInfo(
      "SecretsUsedInArgOrEnv",
      List.of(),
      Severity.WARNING,
      "Secrets should not be passed in ARG or ENV: use a secret mount.",
      """
      FROM node:22.12.0-bookworm-slim
      ARG NPM_TOKEN
      RUN npm ci
      """,
      """
      FROM node:22.12.0-bookworm-slim
      ARG NODE_VERSION_FILE=.nvmrc
      RUN --mount=type=secret,id=npm_token,env=NPM_TOKEN npm ci
      """);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context) {
    for (Stage stage : context.file().stages()) {
      for (Element e : stage.body()) {
        if (e instanceof ArgInstruction arg) {
          for (ArgDeclaration d : arg.arguments()) {
            check(context, e, "ARG", d.name());
          }
        } else if (e instanceof EnvInstruction env) {
          for (KeyValue kv : env.variables()) {
            check(context, e, "ENV", kv.key());
          }
        }
      }
    }
  }

  private static void check(LintContext context, Element at, String instruction, String key) {
    if (isSecret(key)) {
      context.report(at, "Do not use ARG or ENV instructions for sensitive data (" + instruction + " "
          + BuildKitText.quote(key) + ")");
    }
  }

  static boolean isSecret(String key) {
    return SECRET.matcher(key).find() && !ALLOWED.matcher(key).find();
  }
}
