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
 * {@code .dockerignore}d. Without a context directory the pass changes nothing.
 *
 * <pre>{@code
 * COPY . .          =>   COPY package.json package-lock.json ./
 * RUN npm ci             RUN npm ci
 *                        COPY . .
 * }</pre>
 */
public final class CopyOrderPass implements Pass {
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
        clean-ups aside). Without a context the pass changes nothing.

        Preserved: the files in the image, the install's result.
        """,
        """
        FROM node:22.12.0-bookworm-slim
        WORKDIR /app
        COPY . .
        RUN npm ci --omit=dev
        CMD ["node", "server.js"]
        """,
        Map.of("package.json", "{\"name\": \"shop\", \"scripts\": {\"start\": \"node server.js\"}}\n", "package-lock.json", "{}\n"));
  }

  @Override
  public PassResult apply(Dockerfile file, OptimizeContext context) {
    if (context.context().isEmpty()) {
      return PassResult.unchanged(file);
    }
    Path dir = context.context().get();
    List<Change> changes = new ArrayList<>();
    List<Stage> stages = new ArrayList<>();
    for (Stage stage : file.stages()) {
      List<Element> body = new ArrayList<>(stage.body());
      boolean changed = false;
      for (int i = 0; i < body.size(); i++) {
        if (!(body.get(i) instanceof CopyInstruction copy) || !isBroad(copy)) {
          continue;
        }
        int j = i + 1;
        while (j < body.size() && (body.get(j) instanceof Comment || body.get(j) instanceof BlankLine)) {
          j++;
        }
        if (j >= body.size() || !(body.get(j) instanceof RunInstruction run)) {
          continue;
        }
        Optional<List<String>> manifests = manifests(run, dir);
        if (manifests.isEmpty()) {
          continue;
        }
        String dest = copy.destination().toString();
        String manifestDest = dest.equals(".") ? "./" : dest.endsWith("/") ? dest : dest + "/";
        List<CopySource> sources = manifests.get().stream().map(m -> (CopySource) new CopySource.Path(Value.literal(m))).toList();
        CopyInstruction manifestCopy = new CopyInstruction(null, copy.chown(), copy.chmod(), copy.link(), false,
            List.of(), sources, Value.of(manifestDest));
        // COPY manifests, RUN install, COPY . (comments between stay with the RUN)
        List<Element> moved = new ArrayList<>(body.subList(i + 1, j + 1));
        body.subList(i, j + 1).clear();
        body.add(i, manifestCopy);
        body.addAll(i + 1, moved);
        body.add(i + 1 + moved.size(), copy);
        changes.add(new Change(ID, context.where(file, copy),
            "copied " + String.join(", ", manifests.get()) + " before the install, the rest after it",
            "the install reads only these files, so a source edit no longer re-runs it"));
        changed = true;
        i = i + 1 + moved.size();
      }
      stages.add(changed ? stage.withBody(body) : stage);
    }
    return changes.isEmpty() ? PassResult.unchanged(file) : new PassResult(file.withStages(stages), changes);
  }

  private static boolean isBroad(CopyInstruction copy) {
    return copy.from() == null && copy.excludes().isEmpty() && !copy.parents()
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
    List<Word> args = pip.argumentsAfterSubcommand();
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
