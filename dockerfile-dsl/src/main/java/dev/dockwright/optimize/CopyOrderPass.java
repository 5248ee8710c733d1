package dev.dockwright.optimize;

import dev.dockwright.model.BlankLine;
import dev.dockwright.model.Comment;
import dev.dockwright.model.CopyInstruction;
import dev.dockwright.model.CopySource;
import dev.dockwright.model.Dockerfile;
import dev.dockwright.model.Element;
import dev.dockwright.model.RunInstruction;
import dev.dockwright.model.ShellCommand;
import dev.dockwright.model.Stage;
import dev.dockwright.model.Value;
import dev.dockwright.shell.ShellScript;
import dev.dockwright.shell.SimpleCommand;
import dev.dockwright.shell.Word;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code copy-order}: when a broad {@code COPY . <dir>} comes right before a dependency install that reads
 * only its manifests ({@code npm ci}, {@code yarn install}, {@code pnpm install}, {@code pip install -r},
 * {@code go mod download}, {@code poetry install --no-root}, {@code uv sync --no-install-project},
 * {@code pipenv install}, {@code mvn dependency:go-offline}), the manifests are copied first, the install
 * runs, then the rest is copied: a source edit no longer re-runs the install. Needs the build context: the
 * install must provably read nothing else (no npm lifecycle scripts or workspaces, no {@code -r}/{@code -e}
 * or local paths in requirements files, no Maven modules), and the manifests must exist and not be
 * {@code .dockerignore}d. RUNs between the broad COPY and the install that read nothing of the context
 * (system package installs, file commands on absolute paths) move before the COPY too, with or without a
 * context directory.
 *
 * <pre>{@code
 * COPY . .          =>   COPY package.json package-lock.json ./
 * RUN npm ci             RUN npm ci
 *                        COPY . .
 * }</pre>
 */
final class CopyOrderPass implements Pass {
  /** The pass id. */
  public static final String ID = "copy-order";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String description() {
    return "Copy dependency manifests and install before copying the sources.";
  }

  @Override
  public PassDoc doc() {
    return new PassDoc(
        """
        When a broad `COPY . <dir>` comes right before a dependency install that reads only its manifests, the
        manifests are copied first, the install runs, and then everything else is copied. A source edit then no
        longer re-runs the install: the classic cache-friendly order.

        Recognised installs and the files they read: `npm ci`/`npm install` (package.json, package-lock.json,
        npm-shrinkwrap.json, .npmrc), `yarn install` (package.json, yarn.lock, .yarnrc), `pnpm install`
        (package.json, pnpm-lock.yaml, .npmrc), `pip install -r FILE` (the requirements files), `go mod download`
        (go.mod, go.sum), `poetry install --no-root` (pyproject.toml, poetry.lock), `uv sync
        --no-install-project` (pyproject.toml, uv.lock), `pipenv install` (Pipfile, Pipfile.lock), `mvn
        dependency:go-offline` (pom.xml).

        Needs the build context (`--context DIR`, by default the Dockerfile's directory) to prove that the install
        reads nothing else: no npm lifecycle scripts (`preinstall`, `install`, `postinstall`, `prepare`) and no
        workspaces, no `-r`, `-c`, `-e` or local paths inside requirements files, no Maven `<modules>`, and the
        manifests exist and are not named in `.dockerignore`. The RUN must consist of the install alone (cache
        clean-ups aside).

        `RUN`s between the broad `COPY` and the install that read nothing of the context (system package
        installs such as `apt-get install -y curl`, file commands on absolute paths) move before the `COPY`
        too, with or without a context directory: a source edit no longer re-runs them either. Not when the
        `COPY` goes to `/`.

        Preserved: the files in the image, the install's result.
        """,
        """
        FROM node:22.12.0-bookworm-slim
        WORKDIR /app
        COPY . .
        RUN apt-get update && apt-get install -y --no-install-recommends tini=0.19.0-1
        RUN npm ci --omit=dev
        CMD ["node", "server.js"]
        """,
        Map.of("package.json", "{\"name\": \"shop\", \"scripts\": {\"start\": \"node server.js\"}}\n", "package-lock.json", "{}\n"));
  }

  @Override
  public PassResult apply(Dockerfile file, OptimizeContext context) {
    Path dir = context.context().orElse(null);
    List<Change> changes = new ArrayList<>();
    List<Stage> stages = new ArrayList<>();
    for (Stage stage : file.stages()) {
      List<Element> body = new ArrayList<>(stage.body());
      boolean changed = false;
      for (int i = 0; i < body.size(); i++) {
        if (!(body.get(i) instanceof CopyInstruction copy) || !isBroad(copy)) {
          continue;
        }
        // RUNs right after the broad COPY that read nothing of it can run before it.
        List<Element> hoisted = new ArrayList<>();
        int k = i + 1;
        int lastHoisted = i;
        while (k < body.size()) {
          Element e = body.get(k);
          if (e instanceof Comment || e instanceof BlankLine) {
            k++;
            continue;
          }
          if (e instanceof RunInstruction run && readsNoContext(run)) {
            hoisted.addAll(body.subList(lastHoisted + 1, k + 1));
            lastHoisted = k;
            k++;
            continue;
          }
          break;
        }
        // Hoisted RUNs that would land right after a RUN they cannot be chained with would only add a layer.
        RunInstruction before = previousRun(body, i);
        RunInstruction firstHoisted = (RunInstruction) hoisted.stream().filter(RunInstruction.class::isInstance)
            .findFirst().orElse(null);
        if (before != null && firstHoisted != null && !ChainRunsPass.joinable(before, firstHoisted)) {
          hoisted.clear();
          lastHoisted = i;
        }
        int next = lastHoisted + 1;
        while (next < body.size() && (body.get(next) instanceof Comment || body.get(next) instanceof BlankLine)) {
          next++;
        }
        Optional<List<String>> manifests = dir != null && next < body.size() && body.get(next) instanceof RunInstruction run
            ? manifests(run, dir) : Optional.empty();
        if (hoisted.isEmpty() && manifests.isEmpty()) {
          continue;
        }
        List<Element> reordered = new ArrayList<>(hoisted);
        int consumed = lastHoisted;
        if (manifests.isPresent()) {
          String dest = copy.destination().toString();
          String manifestDest = dest.equals(".") ? "./" : dest.endsWith("/") ? dest : dest + "/";
          List<CopySource> sources = manifests.get().stream()
              .map(m -> (CopySource) new CopySource.Path(Value.literal(m))).toList();
          reordered.add(new CopyInstruction(null, copy.chown(), copy.chmod(), copy.link(), false, List.of(), sources,
              Value.of(manifestDest)));
          reordered.addAll(body.subList(lastHoisted + 1, next + 1));
          consumed = next;
          changes.add(new Change(ID, context.where(file, copy),
              "copied " + String.join(", ", manifests.get()) + " before the install, the rest after it",
              "the install reads only these files, so a source edit no longer re-runs it"));
        }
        if (!hoisted.isEmpty()) {
          long runs = hoisted.stream().filter(RunInstruction.class::isInstance).count();
          changes.add(new Change(ID, context.where(file, copy),
              "moved " + runs + " RUN instruction" + (runs == 1 ? "" : "s") + " before the COPY of the context",
              "they read nothing of the context, so a source edit no longer re-runs them"));
        }
        reordered.add(copy);
        body.subList(i, consumed + 1).clear();
        body.addAll(i, reordered);
        changed = true;
        i += reordered.size() - 1;
      }
      stages.add(changed ? stage.withBody(body) : stage);
    }
    return changes.isEmpty() ? PassResult.unchanged(file) : new PassResult(file.withStages(stages), changes);
  }

  private static RunInstruction previousRun(List<Element> body, int index) {
    for (int k = index - 1; k >= 0; k--) {
      Element e = body.get(k);
      if (e instanceof Comment || e instanceof BlankLine) {
        continue;
      }
      return e instanceof RunInstruction run ? run : null;
    }
    return null;
  }

  // System package installs and file commands on absolute paths read nothing of the build context, and
  // write nothing into a working directory below the root.
  private static final java.util.Set<String> SYSTEM_PROGRAMS = java.util.Set.of(
      "apt-get", "apt", "apk", "dnf", "yum", "microdnf", "useradd", "groupadd", "adduser", "addgroup", "mkdir",
      "ln", "chmod", "chown", "rm", "true");

  static boolean readsNoContext(RunInstruction run) {
    if (!(run.command() instanceof ShellCommand shell) || !shell.heredocs().isEmpty()
        || run.mounts().stream().anyMatch(m -> m instanceof dev.dockwright.model.BindMount)) {
      return false;
    }
    ShellScript script = ShellScript.parse(shell.commandLine());
    if (script.hasProblems() || script.commands().isEmpty()) {
      return false;
    }
    for (SimpleCommand c : script.commands()) {
      for (SimpleCommand layer : c.layers()) {
        String name = layer.programName();
        if (!SYSTEM_PROGRAMS.contains(name) && !name.equals("sudo") && !name.equals("env")) {
          return false;
        }
      }
      SimpleCommand u = c.unwrapped();
      for (Word w : u.arguments()) {
        String t = w.text();
        boolean path = t.contains("/") || t.endsWith(".deb") || t.endsWith(".rpm") || t.equals(".");
        if (!w.isLiteral() || (path && !t.startsWith("/") && !t.startsWith("-"))) {
          return false; // a relative path may name a file of the context
        }
      }
    }
    return true;
  }

  private static boolean isBroad(CopyInstruction copy) {
    String dest = copy.destination().toString();
    return copy.from() == null && copy.excludes().isEmpty() && !copy.parents() && !dest.equals("/")
        && copy.sources().stream().anyMatch(s -> s instanceof CopySource.Path p
            && (p.path().toString().equals(".") || p.path().toString().equals("./")));
  }

  /** The files the RUN's install reads, when it provably reads nothing else. */
  static Optional<List<String>> manifests(RunInstruction run, Path dir) {
    if (!(run.command() instanceof ShellCommand shell) || !shell.heredocs().isEmpty()) {
      return Optional.empty();
    }
    ShellScript script = ShellScript.parse(shell.commandLine());
    if (script.hasProblems()) {
      return Optional.empty();
    }
    // Every command must be the install or a clean-up that reads no context file.
    List<String> files = null;
    for (SimpleCommand c : script.commands()) {
      SimpleCommand u = c.unwrapped();
      String name = u.programName();
      String sub = u.subcommand();
      List<String> found = null;
      if (name.equals("npm") && (sub.equals("ci") || sub.equals("install") || sub.equals("i"))
          && u.argumentsAfterSubcommand().stream().allMatch(w -> w.text().startsWith("-"))) {
        found = npmLike(dir, "package-lock.json", "npm-shrinkwrap.json");
      } else if (name.equals("yarn") && (sub.isEmpty() || sub.equals("install"))
          && !Files.exists(dir.resolve(".yarn"))) {
        found = npmLike(dir, "yarn.lock", ".yarnrc");
      } else if (name.equals("pnpm") && (sub.equals("install") || sub.equals("i"))
          && !Files.exists(dir.resolve("pnpm-workspace.yaml"))) {
        found = npmLike(dir, "pnpm-lock.yaml");
      } else if ((name.equals("pip") || name.startsWith("pip3")) && sub.equals("install")) {
        found = requirements(u, dir);
      } else if (name.equals("go") && sub.equals("mod")
          && u.argumentsAfterSubcommand().stream().anyMatch(w -> w.text().equals("download"))
          && !Files.exists(dir.resolve("go.work"))) {
        found = existing(dir, "go.mod", "go.sum");
        if (!found.contains("go.mod")) {
          found = null;
        }
      } else if (name.equals("poetry") && sub.equals("install") && u.hasOption("--no-root")) {
        found = existing(dir, "pyproject.toml", "poetry.lock");
      } else if (name.equals("uv") && sub.equals("sync") && u.hasOption("--no-install-project")) {
        found = existing(dir, "pyproject.toml", "uv.lock");
      } else if (name.equals("pipenv") && sub.equals("install")) {
        found = existing(dir, "Pipfile", "Pipfile.lock");
      } else if (name.equals("mvn") && u.arguments().stream().anyMatch(w -> w.text().equals("dependency:go-offline"))
          && !read(dir.resolve("pom.xml")).contains("<modules>")) {
        found = existing(dir, "pom.xml");
      } else if (isCleanup(u)) {
        continue;
      } else {
        return Optional.empty();
      }
      if (found == null || found.isEmpty() || files != null) {
        return Optional.empty(); // not provable, or two installs
      }
      files = found;
    }
    if (files == null || ignored(dir, files)) {
      return Optional.empty();
    }
    return Optional.of(files);
  }

  private static boolean isCleanup(SimpleCommand u) {
    String name = u.programName();
    return (name.equals("npm") || name.equals("yarn") || name.equals("pnpm")) && u.subcommand().equals("cache")
        || name.equals("rm") && u.nonOptionArguments().stream().allMatch(w -> w.text().startsWith("/"));
  }

  private static List<String> npmLike(Path dir, String... locks) {
    String pkg = read(dir.resolve("package.json"));
    if (pkg.isEmpty() || pkg.contains("\"workspaces\"")) {
      return null;
    }
    for (String hook : List.of("\"preinstall\"", "\"install\"", "\"postinstall\"", "\"prepare\"", "\"prepublish\"")) {
      if (pkg.contains(hook)) {
        return null; // a lifecycle script may read any file
      }
    }
    List<String> files = new ArrayList<>(List.of("package.json"));
    files.addAll(existing(dir, locks));
    files.addAll(existing(dir, ".npmrc"));
    return files;
  }

  private static List<String> requirements(SimpleCommand pip, Path dir) {
    List<String> files = new ArrayList<>();
    List<Word> all = pip.arguments();
    int sub = 0;
    while (sub < all.size() && !all.get(sub).text().equals(pip.subcommand())) {
      sub++;
    }
    List<Word> args = all.subList(Math.min(all.size(), sub + 1), all.size());
    for (int k = 0; k < args.size(); k++) {
      String a = args.get(k).text();
      if (a.equals("-r") || a.equals("--requirement")) {
        if (k + 1 >= args.size()) {
          return null;
        }
        files.add(args.get(++k).text());
      } else if (a.startsWith("--requirement=")) {
        files.add(a.substring("--requirement=".length()));
      } else if (!a.startsWith("-") || a.equals("-e") || a.equals("--editable") || a.equals("-c")) {
        return null; // a package, a path or a constraint file: more than the requirements files
      }
    }
    for (String f : files) {
      if (f.contains("$") || f.startsWith("/") || f.contains("..")) {
        return null;
      }
      String text = read(dir.resolve(f));
      if (text.isEmpty() && !Files.isRegularFile(dir.resolve(f))) {
        return null;
      }
      for (String line : text.split("\n")) {
        String l = line.strip();
        if (l.startsWith("-r") || l.startsWith("-c") || l.startsWith("-e") || l.startsWith("--requirement")
            || l.startsWith("--constraint") || l.startsWith("--editable") || l.startsWith(".")
            || l.startsWith("/") || l.startsWith("file:") || l.contains(" @ file:")) {
          return null;
        }
      }
    }
    return files.isEmpty() ? null : files;
  }

  private static List<String> existing(Path dir, String... names) {
    List<String> found = new ArrayList<>();
    for (String n : names) {
      if (Files.isRegularFile(dir.resolve(n))) {
        found.add(n);
      }
    }
    return found;
  }

  // A manifest named in .dockerignore might be left out of the context: do not rely on it.
  private static boolean ignored(Path dir, List<String> files) {
    String ignore = read(dir.resolve(".dockerignore"));
    for (String line : ignore.split("\n")) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      for (String f : files) {
        if (l.contains(f) || l.equals("*") || l.equals("**")) {
          return true;
        }
      }
    }
    return false;
  }

  private static String read(Path p) {
    try {
      return Files.isRegularFile(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      return "";
    }
  }
}
