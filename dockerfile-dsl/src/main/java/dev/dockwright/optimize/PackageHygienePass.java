package dev.dockwright.optimize;

import dev.dockwright.model.CacheMount;
import dev.dockwright.model.Dockerfile;
import dev.dockwright.model.Element;
import dev.dockwright.model.EnvInstruction;
import dev.dockwright.model.Mount;
import dev.dockwright.model.RunInstruction;
import dev.dockwright.model.ShellCommand;
import dev.dockwright.model.Stage;
import dev.dockwright.shell.Connector;
import dev.dockwright.shell.ShellScript;
import dev.dockwright.shell.SimpleCommand;
import dev.dockwright.shell.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code package-hygiene}: package-manager commands that behave in a build. {@code apt-get install} gets
 * {@code -y} and an {@code apt-get update} in the same RUN (a separate update goes stale in the cache), and
 * its lists are deleted at the end of the RUN; {@code apk add} gets {@code --no-cache}; {@code pip install}
 * gets {@code --no-cache-dir}; {@code npm ci/install} and {@code yarn install} clean their cache. A RUN that
 * already mounts that manager's cache ({@code --mount=type=cache}) is not told to clean it: one or the
 * other, never both. In aggressive mode, {@code apt-get install} also gets {@code --no-install-recommends},
 * which changes what gets installed.
 *
 * <pre>{@code
 * RUN apt-get install curl   =>   RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*
 * }</pre>
 */
final class PackageHygienePass implements Pass {
  /** The pass id. */
  public static final String ID = "package-hygiene";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Make package-manager commands non-interactive, fresh and free of leftover caches.";
  }

  @Override
  public PassDoc doc() {
    return new PassDoc(
        """
        Makes package-manager commands behave in a build. `apt-get install` gets `-y` (a prompt would fail the
        build) and an `apt-get update` in the same RUN when it has none (an update in an earlier RUN goes stale in
        the cache and installs fail), and the RUN ends by deleting `/var/lib/apt/lists/*`. `apk add` gets
        `--no-cache`; `pip install` gets `--no-cache-dir` (unless `PIP_NO_CACHE_DIR` is set); `npm ci`/`npm
        install` and `yarn install` are followed by cleaning their cache.

        A RUN that already mounts that manager's cache with `--mount=type=cache` is not told to clean it (a known
        false positive of hadolint's rules): one or the other, never both. With `--aggressive`, `apt-get install`
        also gets `--no-install-recommends`, which changes what gets installed.

        Changed on purpose: the image no longer holds package indexes and download caches; an `apt-get update`
        added to an install fetches current indexes.
        """,
        """
        FROM debian:12.8
        RUN apt-get update && apt-get install curl=7.88.1-10+deb12u8
        RUN pip install -r requirements.txt
        """,
        Map.of());
  }

  @Override
  public PassResult apply(Dockerfile file, OptimizeContext context) {
    List<Change> changes = new ArrayList<>();
    List<Stage> stages = new ArrayList<>();
    for (Stage stage : file.stages()) {
      List<Element> body = new ArrayList<>(stage.body());
      boolean changed = false;
      boolean pipNoCacheEnv = false;
      for (int i = 0; i < body.size(); i++) {
        Element e = body.get(i);
        if (e instanceof EnvInstruction env) {
          pipNoCacheEnv |= env.variables().stream().anyMatch(kv -> kv.key().equals("PIP_NO_CACHE_DIR"));
        }
        if (!(e instanceof RunInstruction run) || !(run.command() instanceof ShellCommand shell)
            || !shell.heredocs().isEmpty() || !ShellSafety.posixShell(stage, e, file.escapeChar())) {
          continue;
        }
        ShellScript script = ShellScript.parse(shell.commandLine());
        if (script.hasProblems() || !script.comments().isEmpty()) {
          continue;
        }
        ScriptEdits edits = new ScriptEdits(shell);
        String line = shell.commandLine();
        List<String> what = new ArrayList<>();
        boolean updated = false;
        boolean appendable = appendable(script);
        List<String> appended = new ArrayList<>();
        for (SimpleCommand c : script.commands()) {
          if (c.invokes("apt-get") && c.unwrapped().subcommand().equals("update")) {
            updated = true;
          }
          if (c.layers().stream().anyMatch(l -> l.programName().equals("xargs"))) {
            continue; // its arguments arrive at run time: leave such commands as written
          }
          if (PackageManager.APT.installs(c)) {
            SimpleCommand apt = PackageManager.APT.layerOf(c);
            if (!updated && c.enclosures().isEmpty() && startsChain(script, c)) {
              edits.insert(c.start(), "apt-get update && ");
              what.add("apt-get update before install");
              updated = true;
            }
            Word sub = subcommandWord(apt, line);
            if (sub != null && !apt.hasOption("-y", "--yes", "--assume-yes")) {
              edits.insert(sub.end(), " -y");
              what.add("-y");
            }
            if (sub != null && context.aggressive() && apt.subcommand().equals("install")
                && !apt.hasOption("--no-install-recommends")) {
              edits.insert(sub.end(), " --no-install-recommends");
              what.add("--no-install-recommends");
            }
            if (!mounts(run, "/var/lib/apt/lists", "/var/lib/apt") && !cleansAptLists(script) && appendable
                && !appended.contains(" && rm -rf /var/lib/apt/lists/*")) {
              appended.add(" && rm -rf /var/lib/apt/lists/*");
              what.add("apt lists removed");
            }
          } else if (PackageManager.APK.installs(c)) {
            SimpleCommand apk = PackageManager.APK.layerOf(c);
            Word sub = subcommandWord(apk, line);
            if (sub != null && !apk.hasOption("--no-cache") && !mounts(run, "/var/cache/apk", "/etc/apk/cache")) {
              edits.insert(sub.end(), " --no-cache");
              what.add("apk --no-cache");
            }
          } else if (PackageManager.PIP.installs(c)) {
            SimpleCommand pip = PackageManager.PIP.layerOf(c);
            Word sub = subcommandWord(pip, line);
            if (sub != null && pip.subcommand().equals("install") && !pip.hasOption("--no-cache-dir")
                && !pipNoCacheEnv && !mounts(run, "/root/.cache/pip", "/root/.cache")) {
              edits.insert(sub.end(), " --no-cache-dir");
              what.add("pip --no-cache-dir");
            }
          } else if (PackageManager.NPM.installs(c) && !mounts(run, "/root/.npm") && appendable
              && script.commands().stream().noneMatch(x -> x.invokes("npm") && x.unwrapped().subcommand().equals("cache"))
              && !appended.contains(" && npm cache clean --force")) {
            appended.add(" && npm cache clean --force");
            what.add("npm cache cleaned");
          } else if (PackageManager.YARN.installs(c) && !mounts(run, "/usr/local/share/.cache/yarn") && appendable
              && script.commands().stream().noneMatch(x -> x.invokes("yarn") && x.unwrapped().subcommand().equals("cache"))
              && !appended.contains(" && yarn cache clean")) {
            appended.add(" && yarn cache clean");
            what.add("yarn cache cleaned");
          }
        }
        for (String tail : appended) {
          edits.insert(shell.commandLine().length(), tail);
        }
        if (edits.isEmpty()) {
          continue;
        }
        body.set(i, context.replaced(file, body.get(i), run.withCommand(edits.apply())));
        changes.add(new Change(ID, context.where(file, e), String.join(", ", what),
            "package installs that do not prompt, use fresh indexes and leave no download cache in the layer"));
        changed = true;
      }
      stages.add(changed ? stage.withBody(body) : stage);
    }
    return changes.isEmpty() ? PassResult.unchanged(file) : new PassResult(file.withStages(stages), changes);
  }

  private static Word subcommandWord(SimpleCommand c, String line) {
    String sub = c.subcommand();
    for (Word w : c.arguments()) {
      if (w.text().equals(sub)) {
        // only edit where the word really is in the text
        return w.end() <= line.length() && line.substring(w.start(), w.end()).equals(w.raw()) ? w : null;
      }
    }
    return null;
  }


  // The command begins the script or follows && or ;, so "apt-get update && " can go in front of it.
  private static boolean startsChain(ShellScript script, SimpleCommand c) {
    SimpleCommand previous = null;
    for (SimpleCommand x : script.commands()) {
      if (x == c) {
        break;
      }
      if (x.enclosures().isEmpty()) {
        previous = x;
      }
    }
    return previous == null || previous.next() == Connector.AND || previous.next() == Connector.SEMICOLON
        || previous.next() == Connector.NEWLINE;
  }

  // Appending "&& cleanup" is safe when nothing would swallow it and it runs after everything else.
  private static boolean appendable(ShellScript script) {
    for (SimpleCommand c : script.commands()) {
      if (c.next() == Connector.BACKGROUND) {
        return false;
      }
    }
    return !script.text().stripTrailing().endsWith("\\");
  }

  private static boolean mounts(RunInstruction run, String... dirs) {
    for (Mount m : run.mounts()) {
      if (m instanceof CacheMount && m.target() != null) {
        for (String d : dirs) {
          if (m.target().equals(d) || m.target().equals(d + "/")) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean cleansAptLists(ShellScript script) {
    for (SimpleCommand c : script.commands()) {
      if (c.unwrapped().programName().equals("rm")
          && c.unwrapped().arguments().stream().anyMatch(w -> w.text().startsWith("/var/lib/apt/lists"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The command without the clean-ups that a cache mount for these managers makes pointless: {@code rm} of
   * apt's lists, {@code apt-get clean}, {@code npm cache clean}, {@code yarn cache clean}, pip's
   * {@code --no-cache-dir}. Only top-level commands of {@code &&} or {@code ;} chains are removed.
   */
  static ShellCommand withoutCleanups(ShellCommand shell, ShellScript script, Set<PackageManager> managers) {
    String line = shell.commandLine();
    ScriptEdits edits = new ScriptEdits(shell);
    for (SimpleCommand c : script.commands()) {
      if (!c.enclosures().isEmpty()) {
        continue; // only commands of the top-level chain
      }
      SimpleCommand u = c.unwrapped();
      boolean cleanup =
          (managers.contains(PackageManager.APT) && u.programName().equals("rm")
              && !u.arguments().isEmpty()
              && u.nonOptionArguments().stream().allMatch(w -> w.text().startsWith("/var/lib/apt/lists")))
          || (managers.contains(PackageManager.APT) && u.programName().equals("apt-get") && u.subcommand().equals("clean"))
          || (managers.contains(PackageManager.NPM) && u.programName().equals("npm") && u.subcommand().equals("cache"))
          || (managers.contains(PackageManager.YARN) && u.programName().equals("yarn") && u.subcommand().equals("cache"));
      if (cleanup) {
        // Remove the command with the && or ; that joins it: the one before it, or else the one after.
        int before = c.start();
        while (before > 0 && Character.isWhitespace(line.charAt(before - 1))) {
          before--;
        }
        if (before >= 2 && line.startsWith("&&", before - 2)) {
          edits.replace(before - 2, c.end(), "");
        } else if (before >= 1 && line.charAt(before - 1) == ';') {
          edits.replace(before - 1, c.end(), "");
        } else if (before == 0 && isSeparator(c.next())) {
          int after = c.end();
          while (after < line.length() && Character.isWhitespace(line.charAt(after))) {
            after++;
          }
          after += line.startsWith("&&", after) ? 2 : line.startsWith(";", after) ? 1 : 0;
          while (after < line.length() && Character.isWhitespace(line.charAt(after))) {
            after++;
          }
          if (after < line.length()) {
            edits.replace(c.start(), after, "");
          }
        }
      }
      if (managers.contains(PackageManager.PIP) && PackageManager.PIP.installs(c)) {
        for (Word w : PackageManager.PIP.layerOf(c).arguments()) {
          if (w.text().equals("--no-cache-dir")) {
            edits.replace(w.start() - 1, w.end(), "");
          }
        }
      }
    }
    return edits.isEmpty() ? shell : edits.apply();
  }

  private static boolean isSeparator(Connector c) {
    return c == Connector.AND || c == Connector.SEMICOLON;
  }
}
