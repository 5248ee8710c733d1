package dev.dockwright.optimize;

import dev.dockwright.model.ArgInstruction;
import dev.dockwright.model.BlankLine;
import dev.dockwright.model.Comment;
import dev.dockwright.model.CopyInstruction;
import dev.dockwright.model.CopySource;
import dev.dockwright.model.Dockerfile;
import dev.dockwright.model.Element;
import dev.dockwright.model.EnvInstruction;
import dev.dockwright.model.ExposeInstruction;
import dev.dockwright.model.LabelInstruction;
import dev.dockwright.model.WorkdirInstruction;
import dev.dockwright.model.RunInstruction;
import dev.dockwright.model.ShellCommand;
import dev.dockwright.model.Stage;
import dev.dockwright.model.Value;
import dev.dockwright.shell.ShellScript;
import dev.dockwright.shell.SimpleCommand;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code arg-placement}: an ARG (with the ENV right after it that copies it, {@code ENV NAME=$NAME}) moves
 * down to just before its first use, so that changing its value re-runs as few steps as possible: every RUN
 * after an ARG sees it in its environment, so a new value misses the cache from the ARG on. It only moves
 * past steps that provably do not read it: COPY, WORKDIR, EXPOSE and LABEL that do not name it, and RUNs that do not mention it
 * and only run package installs and file commands, when its name is not a configuration variable those
 * programs read ({@code DEBIAN_FRONTEND}, {@code PIP_*}, {@code NPM_*}, {@code GO*}, proxies ...).
 *
 * <pre>{@code
 * ARG VERSION                  =>   COPY package.json ./
 * COPY package.json ./              RUN npm ci
 * RUN npm ci                        ARG VERSION
 * RUN echo $VERSION > v.txt         RUN echo $VERSION > v.txt
 * }</pre>
 */
final class ArgPlacementPass implements Pass {
  /** The pass id. */
  public static final String ID = "arg-placement";

  private static final Set<String> QUIET_PROGRAMS = Set.of(
      "apt-get", "apk", "pip", "pip3", "npm", "yarn", "pnpm", "rm", "mkdir", "ln", "chmod", "chown", "cp", "mv",
      "touch", "useradd", "groupadd", "adduser", "addgroup", "go", "mvn", "uv", "poetry", "pipenv", "true");

  private static final List<String> TOOL_PREFIXES = List.of(
      "DEBIAN", "APT", "PIP", "PYTHON", "NPM", "NODE", "YARN", "PNPM", "GO", "CGO", "MAVEN", "UV", "POETRY",
      "PIPENV", "LANG", "LC_", "TZ", "PATH", "HOME", "USER", "SHELL", "TMPDIR", "SSL_", "CURL", "HTTP", "HTTPS",
      "FTP", "NO_PROXY", "ALL_PROXY");

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Declare each ARG just before its first use, so a new value invalidates as few steps as possible.";
  }

  @Override
  public PassDoc doc() {
    return new PassDoc(
        """
        Moves an `ARG` (and an `ENV` right after it that copies it, `ENV NAME=$NAME`) down to just before its
        first use. Every `RUN` after an `ARG` sees it in its environment, so a new value misses the cache from the
        `ARG` on; declared late, it invalidates only the steps that need it.

        It moves only past steps that provably do not read it: `COPY`, `WORKDIR`, `EXPOSE` and `LABEL` that do
        not name it, and `RUN`s that do not mention it and run only package installs and file commands
        (`apt-get`, `apk`, `pip`, `npm ci`, `yarn install`, `go mod download`, `mkdir`, `chown` ...). Build
        arguments those programs read from the environment are never moved (`DEBIAN_FRONTEND`, `PIP_*`, `NPM_*`,
        `GO*`, proxies, `TARGET*`/`BUILD*` platform arguments...). Global `ARG`s before `FROM` stay where they are.

        Preserved: every step that reads the argument still sees it.
        """,
        """
        FROM node:22.12.0-bookworm-slim
        ARG GIT_COMMIT
        WORKDIR /app
        COPY package.json package-lock.json ./
        RUN npm ci
        COPY . .
        RUN echo "$GIT_COMMIT" > commit.txt
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
      for (int i = 0; i < body.size(); i++) {
        if (!(body.get(i) instanceof ArgInstruction arg) || arg.arguments().size() != 1) {
          continue;
        }
        String name = arg.arguments().get(0).name();
        if (isToolVariable(name)) {
          continue;
        }
        int groupEnd = i + 1; // the ARG, and the ENV that copies it
        if (groupEnd < body.size() && body.get(groupEnd) instanceof EnvInstruction env && copies(env, name)) {
          groupEnd++;
        }
        int target = groupEnd;
        while (target < body.size() && canPass(body.get(target), name)) {
          target++;
        }
        // back over comments and blank lines: they describe what follows
        int insertAt = target;
        while (insertAt > groupEnd && (body.get(insertAt - 1) instanceof Comment || body.get(insertAt - 1) instanceof BlankLine)) {
          insertAt--;
        }
        boolean passesInstruction = body.subList(groupEnd, insertAt).stream()
            .anyMatch(e -> !(e instanceof Comment) && !(e instanceof BlankLine));
        if (!passesInstruction) {
          continue;
        }
        List<Element> group = new ArrayList<>(body.subList(i, groupEnd));
        body.addAll(insertAt, group);
        body.subList(i, groupEnd).clear();
        changes.add(new Change(ID, context.where(file, arg), "ARG " + name + " moved down to its first use",
            "a new value of " + name + " no longer re-runs the steps it does not reach"));
        changed = true;
        i = insertAt - 1;
      }
      stages.add(changed ? stage.withBody(body) : stage);
    }
    return changes.isEmpty() ? PassResult.unchanged(file) : new PassResult(file.withStages(stages), changes);
  }

  private static boolean isToolVariable(String name) {
    String upper = name.toUpperCase(java.util.Locale.ROOT);
    return TOOL_PREFIXES.stream().anyMatch(upper::startsWith) || upper.endsWith("_PROXY")
        || upper.startsWith("TARGET") || upper.startsWith("BUILD") || upper.equals("SOURCE_DATE_EPOCH");
  }

  private static boolean copies(EnvInstruction env, String name) {
    return env.variables().size() == 1 && env.variables().get(0).key().equals(name)
        && env.variables().get(0).value().referencedNames().equals(List.of(name));
  }

  // Whether the element provably does not read the build argument.
  private static boolean canPass(Element e, String name) {
    if (e instanceof Comment || e instanceof BlankLine) {
      return true;
    }
    if (e instanceof CopyInstruction copy) {
      return copy.from() == null && !mentions(copy, name);
    }
    if (e instanceof WorkdirInstruction w) {
      return !w.path().referencedNames().contains(name);
    }
    if (e instanceof ExposeInstruction || e instanceof LabelInstruction label && label.labels().stream()
        .noneMatch(kv -> kv.value().referencedNames().contains(name))) {
      return !(e instanceof ExposeInstruction x) || x.ports().stream().noneMatch(p -> p.text().contains(name));
    }
    if (e instanceof RunInstruction run && run.command() instanceof ShellCommand shell
        && shell.heredocs().isEmpty() && run.mounts().stream().allMatch(m -> m.target() == null
            || !m.target().contains("$"))) {
      String text = shell.commandLine();
      if (text.contains("$" + name) || text.contains("${" + name)) {
        return false;
      }
      ShellScript script = ShellScript.parse(text);
      if (script.hasProblems()) {
        return false;
      }
      for (SimpleCommand c : script.commands()) {
        for (SimpleCommand layer : c.layers()) {
          if (!QUIET_PROGRAMS.contains(layer.programName()) && !layer.programName().equals("sudo")
              && !layer.programName().equals("env")) {
            return false;
          }
          if (layer.programName().equals("npm") && layer.subcommand().equals("run")) {
            return false;
          }
          if (layer.programName().equals("go") && !layer.subcommand().equals("mod")) {
            return false;
          }
          if (layer.programName().equals("mvn") || layer.programName().equals("yarn") && !layer.subcommand().isEmpty()
              && !layer.subcommand().equals("install")) {
            return false;
          }
        }
      }
      return true;
    }
    return false;
  }

  private static boolean mentions(CopyInstruction copy, String name) {
    for (CopySource s : copy.sources()) {
      if (s instanceof CopySource.Path p && p.path().referencedNames().contains(name)) {
        return true;
      }
      if (s instanceof CopySource.Inline) {
        return true;
      }
    }
    Value dest = copy.destination();
    return dest.referencedNames().contains(name)
        || (copy.chown() != null && copy.chown().text().contains(name));
  }
}
