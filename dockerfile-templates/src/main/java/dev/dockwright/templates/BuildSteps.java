package dev.dockwright.templates;

import dev.dockwright.dsl.Run;
import dev.dockwright.model.BuilderTarget;
import dev.dockwright.model.Mount;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes RUN steps the way the builder target accepts them: BuildKit and buildah get cache mounts for package
 * manager caches; the legacy builder has no mounts at all, so the step cleans its cache in the same layer.
 */
final class BuildSteps {
  private final BuilderTarget target;

  BuildSteps(BuilderTarget target) {
    this.target = target;
  }

  BuilderTarget target() {
    return target;
  }

  boolean mounts() {
    return target != BuilderTarget.LEGACY;
  }

  /**
   * A step whose commands (joined by {@code &&}, one per line) fill the given caches: mounted where the target
   * has mounts, otherwise cleaned by {@code cleanup} (null: nothing to clean).
   */
  Run cached(List<String> caches, String cleanup, List<Mount> extraMounts, String... commands) {
    List<String> parts = new ArrayList<>(Arrays.asList(commands));
    if (!mounts() && cleanup != null) {
      parts.add(cleanup);
    }
    Run run = chain(parts);
    if (mounts()) {
      for (String cache : caches) {
        run.mount(Mount.cache(cache));
      }
    }
    for (Mount m : extraMounts) {
      run.mount(m);
    }
    return run;
  }

  /** Commands joined by {@code &&}: one line for one command, continuation lines for more. */
  static Run chain(List<String> commands) {
    if (commands.size() == 1) {
      return Run.shell(commands.get(0));
    }
    String[] lines = new String[commands.size()];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = (i == 0 ? "" : "&& ") + commands.get(i);
    }
    return Run.lines(lines);
  }

  /** apt-get install of pinned packages without recommends, lists removed in the same layer. */
  static Run aptInstall(String... packages) {
    return chain(List.of(
        "apt-get update",
        "apt-get install -y --no-install-recommends " + String.join(" ", packages),
        "rm -rf /var/lib/apt/lists/*"));
  }
}
