package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.Severity;
import dev.dockwright.shell.ShellScript;
import dev.dockwright.shell.SimpleCommand;
import java.util.List;
import java.util.Set;

/**
 * {@code apk add --no-cache} fetches the index and installs without leaving it in {@code /var/cache/apk}, with
 * no {@code apk update} before and no {@code rm} after. Not reported when the RUN mounts a cache or tmpfs over
 * apk's cache ({@code /var/cache/apk}, {@code /etc/apk/cache}: see {@link CacheDirectories#APK}) or over the
 * directory given with {@code --cache-dir}, nor when the same RUN deletes the cache itself, nor for
 * {@code apk add --no-network}, which fetches nothing.
 */
final class ApkNoCache implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "DL3019",
      List.of(),
      Severity.INFO,
      "Use apk add --no-cache so that no package index is left in the image.",
      """
      FROM alpine:3.21
      RUN apk update && apk add curl=8.11.1-r0
      """,
      """
      FROM alpine:3.21
      RUN apk add --no-cache curl=8.11.1-r0
      RUN --mount=type=cache,target=/var/cache/apk apk add git=2.47.1-r0
      """);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context) {
    for (RunSite site : RunSite.all(context, true)) {
      if (CacheDirectories.APK.isMountedIn(site.run())) {
        continue;
      }
      ShellScript script = site.shell(context);
      boolean deleted = Commands.deletes(script, CacheDirectories.APK);
      for (SimpleCommand add : Commands.invocations(script, Set.of("apk"), Set.of("add"))) {
        if (add.hasOption("--no-cache", "--no-network") || deleted
            || add.optionValues("--cache-dir").stream().anyMatch(dir -> CacheDirectories.isMountedOver(site.run(), dir))) {
          continue;
        }
        site.report(context, add, "apk add leaves its package index in the image: use apk add --no-cache");
      }
    }
  }
}
