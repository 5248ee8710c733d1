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
 * The package lists that {@code apt-get update} downloads (tens of megabytes) stay in the layer unless the same
 * RUN deletes them ({@code rm -rf /var/lib/apt/lists/*}, or {@code apt-get distclean}). Not reported when the
 * RUN mounts a cache or tmpfs over the lists ({@code --mount=type=cache,target=/var/lib/apt/lists} or
 * {@code target=/var/lib/apt}: see {@link CacheDirectories#APT_LISTS}), and only in stages whose files reach the
 * image: the last stage, or a stage the last stage is built on through FROM (hadolint takes any stage a later
 * stage is built on; a builder stage that is only copied from leaves its lists behind). {@code apt-get install
 * --update} updates too. ONBUILD RUNs are always checked.
 */
final class AptListsDeleted implements Rule {
  static final RuleInfo INFO = new RuleInfo(
      "DL3009",
      List.of(),
      Severity.INFO,
      "Delete the apt lists in the RUN that runs apt-get update.",
      """
      FROM debian:12.8-slim
      RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8
      """,
      """
      FROM debian:12.8-slim
      RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10+deb12u8 \\
          && rm -rf /var/lib/apt/lists/*
      RUN --mount=type=cache,target=/var/cache/apt,sharing=locked \\
          --mount=type=cache,target=/var/lib/apt,sharing=locked \\
          apt-get update && apt-get install -y --no-install-recommends git=1:2.39.5-0+deb12u1
      """);

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(LintContext context) {
    for (RunSite site : RunSite.all(context, true)) {
      if (!site.isOnBuild() && !Stages.ends(context.file(), site.stage())
          || CacheDirectories.APT_LISTS.isMountedIn(site.run())) {
        continue;
      }
      ShellScript script = site.shell(context);
      List<SimpleCommand> updates = new ArrayList<>();
      for (SimpleCommand c : script.invocationsOf("apt-get", "apt", "aptitude")) {
        if (c.subcommand().equals("update") || c.hasOption("--update") && !c.subcommand().isEmpty()) {
          updates.add(c);
        }
      }
      if (updates.isEmpty() || Commands.deletes(script, CacheDirectories.APT_LISTS)
          || !Commands.invocations(script, Set.of("apt-get", "apt"), Set.of("distclean", "dist-clean")).isEmpty()) {
        continue;
      }
      site.report(context, updates.get(0), "The apt lists that " + updates.get(0).programName()
          + " update downloads stay in the layer: rm -rf /var/lib/apt/lists/* in the same RUN, or mount a cache there");
    }
  }
}
