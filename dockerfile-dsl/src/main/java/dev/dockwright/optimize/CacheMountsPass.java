package dev.dockwright.optimize;

import dev.dockwright.model.BuilderTarget;
import dev.dockwright.model.CacheMount;
import dev.dockwright.model.Dockerfile;
import dev.dockwright.model.Element;
import dev.dockwright.model.EnvInstruction;
import dev.dockwright.model.Mount;
import dev.dockwright.model.RunInstruction;
import dev.dockwright.model.ShellCommand;
import dev.dockwright.model.Stage;
import dev.dockwright.model.UserInstruction;
import dev.dockwright.shell.ShellScript;
import dev.dockwright.shell.SimpleCommand;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code cache-mounts}: a RUN that installs with apt-get, pip, npm, yarn, pnpm, uv, poetry, go or Maven
 * mounts that manager's download cache ({@code --mount=type=cache}), so downloads survive across builds and
 * never enter the image; the clean-ups that the mount makes pointless are removed (a cache mount or cleaning,
 * never both). Only for RUNs of root (no USER before them in the stage), since the cache paths are root's;
 * apt's lists and archives are mounted with {@code sharing=locked}, as apt takes a lock on them. Go and
 * Maven mounts go on every RUN of the stage that runs them, so later builds find what earlier ones
 * downloaded. For BuildKit and buildah, which accept cache mounts.
 *
 * <pre>{@code
 * RUN npm ci && npm cache clean --force   =>   RUN --mount=type=cache,target=/root/.npm npm ci
 * }</pre>
 */
final class CacheMountsPass implements Pass {
  /** The pass id. */
  public static final String ID = "cache-mounts";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Mount package-manager caches with --mount=type=cache instead of cleaning them.";
  }

  @Override
  public PassDoc doc() {
    return new PassDoc(
        """
        Adds `--mount=type=cache` for the download cache of the package manager a `RUN` uses, and removes the
        clean-ups that the mount makes pointless (a cache mount or cleaning, never both): `rm -rf
        /var/lib/apt/lists/*` and `apt-get clean` for apt, `npm cache clean`, `yarn cache clean`, pip's
        `--no-cache-dir`. Downloads then survive across builds, and never enter the image.

        Caches: apt `/var/lib/apt/lists` and `/var/cache/apt` (`sharing=locked`, apt locks them), pip
        `/root/.cache/pip`, npm `/root/.npm`, yarn `/usr/local/share/.cache/yarn`, pnpm
        `/root/.local/share/pnpm/store`, uv `/root/.cache/uv`, poetry `/root/.cache/pypoetry`, Go `/go/pkg/mod`
        and `/root/.cache/go-build` (on every Go `RUN` of a `golang` stage, so a later build step finds the
        modules that `go mod download` fetched), Maven `/root/.m2` (in `maven` stages).

        Only for `RUN`s of root (no `USER` before them in the stage), since the paths are root's caches. Only for
        BuildKit and buildah, which accept cache mounts; the legacy builder gets `package-hygiene`'s clean-ups
        instead.

        Preserved: what gets installed. Changed on purpose: the image no longer holds the package indexes and
        download caches, and a rebuild reuses downloads.
        """,
        """
        FROM node:22.12.0-bookworm-slim
        RUN apt-get update && apt-get install -y --no-install-recommends tini=0.19.0-1 && rm -rf /var/lib/apt/lists/*
        WORKDIR /app
        COPY package.json package-lock.json ./
        RUN npm ci && npm cache clean --force
        """,
        Map.of());
  }

  @Override
  public Set<BuilderTarget> targets() {
    return EnumSet.of(BuilderTarget.BUILDKIT, BuilderTarget.BUILDAH);
  }

  @Override
  public PassResult apply(Dockerfile file, OptimizeContext context) {
    List<Change> changes = new ArrayList<>();
    List<Stage> stages = new ArrayList<>();
    for (Stage stage : file.stages()) {
      List<Element> body = new ArrayList<>(stage.body());
      boolean changed = false;
      boolean root = true;
      boolean customGoPaths = false;
      for (int i = 0; i < body.size(); i++) {
        Element e = body.get(i);
        if (e instanceof UserInstruction u) {
          root = u.user().isRoot();
        }
        if (e instanceof EnvInstruction env) {
          customGoPaths |= env.variables().stream().anyMatch(kv -> kv.key().startsWith("GO")
              && List.of("GOPATH", "GOMODCACHE", "GOCACHE").contains(kv.key()));
        }
        if (!root || !(e instanceof RunInstruction run) || !(run.command() instanceof ShellCommand shell)
            || !shell.heredocs().isEmpty() || !ShellSafety.posixShell(stage, e, file.escapeChar())) {
          continue;
        }
        ShellScript script = ShellScript.parse(shell.commandLine());
        if (script.hasProblems()) {
          continue;
        }
        Set<PackageManager> used = new LinkedHashSet<>();
        for (SimpleCommand c : script.commands()) {
          for (PackageManager pm : PackageManager.values()) {
            if (pm.installs(c) && !(pm == PackageManager.GO && customGoPaths)
                && !(pm == PackageManager.GO && !baseLooksLike(stage, "golang"))
                && !(pm == PackageManager.MAVEN && !baseLooksLike(stage, "maven"))) {
              used.add(pm);
            }
          }
        }
        List<Mount> mounts = new ArrayList<>(run.mounts());
        List<String> added = new ArrayList<>();
        for (PackageManager pm : used) {
          for (String dir : pm.cacheDirs()) {
            if (mounts.stream().noneMatch(m -> dir.equals(m.target()))) {
              CacheMount mount = Mount.cache(dir);
              if (pm == PackageManager.APT) {
                mount = mount.withSharing(CacheMount.Sharing.LOCKED);
              }
              mounts.add(mount);
              added.add(dir);
            }
          }
        }
        if (added.isEmpty()) {
          continue;
        }
        ShellCommand cleaned = PackageHygienePass.withoutCleanups(shell, script, used);
        body.set(i, context.replaced(file, body.get(i), new RunInstruction(mounts, run.network(), run.security(), run.devices(), cleaned)));
        changes.add(new Change(ID, context.where(file, e), "cache mounts for " + String.join(", ", added)
            + (cleaned.equals(shell) ? "" : ", clean-up removed"),
            "downloads are kept between builds and never stored in the image"));
        changed = true;
      }
      stages.add(changed ? stage.withBody(body) : stage);
    }
    return changes.isEmpty() ? PassResult.unchanged(file) : new PassResult(file.withStages(stages), changes);
  }

  private static boolean baseLooksLike(Stage stage, String name) {
    String image = stage.from().image().text();
    String repo = image.contains("/") ? image.substring(image.lastIndexOf('/') + 1) : image;
    return repo.startsWith(name);
  }
}
