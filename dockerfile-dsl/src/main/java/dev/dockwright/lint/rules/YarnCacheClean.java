package dev.dockwright.lint.rules;

import dev.dockwright.lint.LintContext;
import dev.dockwright.lint.Rule;
import dev.dockwright.lint.RuleInfo;
import dev.dockwright.lint.Severity;
import dev.dockwright.shell.ShellScript;
import dev.dockwright.shell.SimpleCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code yarn install} fills yarn's cache, which stays in the layer unless the same RUN runs
 * {@code yarn cache clean} after it (or deletes the cache directory). Not reported when the RUN mounts a cache or
 * tmpfs over yarn's cache ({@code /usr/local/share/.cache/yarn}, {@code ~/.cache/yarn}, {@code ~/.yarn/berry/cache}:
 * see {@link CacheDirectories#YARN}) or over the directory given with {@code --cache-folder} or
 * {@code YARN_CACHE_FOLDER}; and only in stages whose files reach the image: the last stage, or a stage the last
 * stage is built on through FROM (see {@link AptListsDeleted}). ONBUILD RUNs are always checked.
 */
final class YarnCacheClean implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "DL3060",
      List.of(),
      Severity.INFO,
      "Run yarn cache clean after yarn install, in the same RUN.",
      """
      FROM node:22.12.0-bookworm-slim
      RUN yarn install --frozen-lockfile
      """,
      """
      FROM node:22.12.0-bookworm-slim
      RUN yarn install --frozen-lockfile && yarn cache clean
      RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install --frozen-lockfile
      """);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context) {
    for (RunSite site : RunSite.all(context, true)) {
      if (!site.isOnBuild() && !Stages.ends(context.file(), site.stage())
          || CacheDirectories.YARN.isMountedIn(site.run())) {
        continue;
      }
      ShellScript script = site.shell(context);
      List<SimpleCommand> installs = Commands.invocations(script, Set.of("yarn"), Set.of("install"));
      if (installs.isEmpty() || Commands.deletes(script, CacheDirectories.YARN)) {
        continue;
      }
      SimpleCommand lastInstall = installs.get(installs.size() - 1);
      boolean cleanedAfter = script.invocationsOf("yarn").stream().anyMatch(c -> c.start() > lastInstall.start()
          && c.subcommand().equals("cache") && c.argumentsAfterSubcommand().stream().anyMatch(w -> w.is("clean")));
      List<String> cacheDirs = new ArrayList<>();
      for (SimpleCommand install : installs) {
        cacheDirs.addAll(install.optionValues("--cache-folder"));
        cacheDirs.addAll(Commands.assigned(install, "YARN_CACHE_FOLDER"));
      }
      if (cleanedAfter || cacheDirs.stream().anyMatch(dir -> CacheDirectories.isMountedOver(site.run(), dir))) {
        continue;
      }
      site.report(context, installs.get(0), "yarn install leaves its cache in the image: run yarn cache clean"
          + " after it in the same RUN, or mount a cache there");
    }
  }
}
