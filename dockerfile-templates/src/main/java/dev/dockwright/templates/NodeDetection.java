package dev.dockwright.templates;

import static dev.dockwright.templates.ProjectDirectory.child;
import static dev.dockwright.templates.ProjectDirectory.string;
import static dev.dockwright.templates.ProjectDirectory.strings;
import static dev.dockwright.templates.ProjectDirectory.table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Detects a Node project: package manager, Node version, workspaces, build, tests and start command. */
final class NodeDetection {
  private NodeDetection() {}

  private static final String NO_TEST = "no test specified";

  static NodeProject detect(ProjectDirectory dir, TemplateOptions options) {
    List<Evidence> evidence = new ArrayList<>();
    Map<String, Object> root = JsonReader.parseObject(dir.read("package.json"), "package.json");

    // The package manager: the packageManager field wins, then the lock file.
    PackageManager pm = null;
    String pmVersion = null;
    String field = string(root, "packageManager");
    if (field != null) {
      int at = field.indexOf('@', 1);
      String name = at < 0 ? field : field.substring(0, at);
      pmVersion = at < 0 ? null : field.substring(at + 1);
      pm = switch (name) {
        case "npm" -> PackageManager.NPM;
        case "pnpm" -> PackageManager.PNPM;
        case "bun" -> PackageManager.BUN;
        case "yarn" -> pmVersion != null && pmVersion.startsWith("1.") ? PackageManager.YARN_CLASSIC : PackageManager.YARN_BERRY;
        default -> throw new IllegalArgumentException("package.json: unknown packageManager \"" + field + "\"");
      };
      evidence.add(new Evidence("package.json", "packageManager \"" + field + "\": " + pm.text()));
      if (pm == PackageManager.NPM || pm == PackageManager.YARN_CLASSIC) {
        pmVersion = null; // these come with the Node image
      }
    }
    String lock = switch (pm == null ? PackageManager.GO_MODULES : pm) {
      case NPM -> dir.firstExisting("package-lock.json", "npm-shrinkwrap.json");
      case PNPM -> dir.firstExisting("pnpm-lock.yaml");
      case BUN -> dir.firstExisting("bun.lock", "bun.lockb");
      case YARN_CLASSIC, YARN_BERRY -> dir.firstExisting("yarn.lock");
      default -> dir.firstExisting("pnpm-lock.yaml", "bun.lock", "bun.lockb", "yarn.lock", "package-lock.json",
          "npm-shrinkwrap.json");
    };
    if (lock == null) {
      throw new IllegalArgumentException(pm == null
          ? "package.json has no lock file (package-lock.json, yarn.lock, pnpm-lock.yaml, bun.lock or bun.lockb)"
              + " beside it: install once to create one, so that image builds install exactly the locked versions"
          : "package.json names " + pm.text() + " as its package manager, but its lock file is missing");
    }
    if (pm == null) {
      pm = switch (lock) {
        case "pnpm-lock.yaml" -> PackageManager.PNPM;
        case "bun.lock", "bun.lockb" -> PackageManager.BUN;
        case "yarn.lock" -> dir.read(lock).contains("__metadata:") ? PackageManager.YARN_BERRY : PackageManager.YARN_CLASSIC;
        default -> PackageManager.NPM;
      };
      evidence.add(new Evidence(lock, "lock file: " + pm.text()));
    } else {
      evidence.add(new Evidence(lock, "lock file"));
    }
    if (pm == PackageManager.BUN && pmVersion == null && lock.equals("bun.lock")) {
      pmVersion = BaseImages.BUN_TEXT_LOCK_VERSION;
      evidence.add(new Evidence(lock, "text lock file: bun " + pmVersion + " or later"));
    }

    List<String> manifests = new ArrayList<>(List.of("package.json", lock));
    boolean yarnNodeModules = false;
    boolean yarnPath = false;
    if (pm == PackageManager.YARN_BERRY) {
      Map<String, String> yarnrc = dir.isFile(".yarnrc.yml") ? simpleYaml(dir.read(".yarnrc.yml")) : Map.of();
      if (dir.isFile(".yarnrc.yml")) {
        manifests.add(".yarnrc.yml");
      }
      yarnPath = yarnrc.containsKey("yarnPath");
      if (yarnPath) {
        evidence.add(new Evidence(".yarnrc.yml", "yarnPath " + yarnrc.get("yarnPath") + ": no corepack needed"));
        manifests.add(".yarn/releases/");
      }
      if (dir.isDirectory(".yarn/plugins")) {
        manifests.add(".yarn/plugins/");
      }
      yarnNodeModules = !"node-modules".equals(yarnrc.get("nodeLinker"));
      if (yarnNodeModules) {
        evidence.add(new Evidence(".yarnrc.yml", "no nodeLinker: node-modules: installs with YARN_NODE_LINKER=node-modules"
            + " so that the runtime gets a node_modules directory"));
      }
    }
    if (dir.isFile("pnpm-workspace.yaml")) {
      manifests.add("pnpm-workspace.yaml");
    }
    boolean npmrc = dir.isFile(".npmrc");
    if (npmrc) {
      evidence.add(new Evidence(".npmrc", "registry configuration: copied only with an npm token secret on BuildKit"));
    }

    // Workspaces: every package's manifest is copied, so that a root install sees them all.
    List<String> globs = new ArrayList<>();
    Object ws = root.get("workspaces");
    globs.addAll(strings(ws instanceof Map<?, ?> m ? m.get("packages") : ws));
    if (dir.isFile("pnpm-workspace.yaml")) {
      globs.addAll(yamlList(dir.read("pnpm-workspace.yaml"), "packages"));
    }
    Map<String, String> workspaces = new LinkedHashMap<>();
    for (String glob : globs) {
      for (String d : expand(dir, glob.replaceFirst("^\\./", "").replaceFirst("/$", ""))) {
        String manifest = child(d, "package.json");
        if (dir.isFile(manifest) && !workspaces.containsKey(d)) {
          Map<String, Object> pkg = JsonReader.parseObject(dir.read(manifest), manifest);
          workspaces.put(d, string(pkg, "name") == null ? d : string(pkg, "name"));
          manifests.add(manifest);
        }
      }
    }
    if (!workspaces.isEmpty()) {
      evidence.add(new Evidence("package.json", "workspaces: " + String.join(", ", workspaces.keySet())));
    }
    NodeWorkspace workspace = null;
    Map<String, Object> pkg = root;
    String pkgDir = "";
    if (options.workspace() != null) {
      String wanted = options.workspace().replaceFirst("^\\./", "").replaceFirst("/$", "");
      for (Map.Entry<String, String> e : workspaces.entrySet()) {
        if (e.getKey().equals(wanted) || e.getValue().equals(wanted)) {
          workspace = new NodeWorkspace(e.getValue(), e.getKey());
        }
      }
      if (workspace == null) {
        throw new IllegalArgumentException(workspaces.isEmpty()
            ? "no workspace \"" + options.workspace() + "\": package.json declares no workspaces"
            : "no workspace \"" + options.workspace() + "\" (workspaces: "
                + String.join(", ", workspaces.values()) + ")");
      }
      pkgDir = workspace.directory();
      pkg = JsonReader.parseObject(dir.read(child(pkgDir, "package.json")), child(pkgDir, "package.json"));
      evidence.add(new Evidence(child(pkgDir, "package.json"), "the workspace to build: " + workspace.name()));
    }
    String pkgFile = child(pkgDir, "package.json");
    if (workspace == null && !workspaces.isEmpty()) {
      evidence.add(new Evidence("package.json", "the monorepo root is built; TemplateOptions.workspace chooses a package"));
    }

    // The Node version.
    String nodeVersion = BaseImages.NODE_DEFAULT;
    String versionFile = dir.firstExisting(".nvmrc", ".node-version");
    String engines = string(table(pkg, "engines"), "node");
    if (engines == null) {
      engines = string(table(root, "engines"), "node");
    }
    if (versionFile != null && dir.firstLine(versionFile) != null) {
      String requested = dir.firstLine(versionFile);
      nodeVersion = LanguageVersions.node(requested);
      evidence.add(new Evidence(versionFile, "Node " + requested + ": " + nodeVersion));
    } else if (engines != null) {
      nodeVersion = LanguageVersions.nodeForRange(engines);
      if (nodeVersion == null) {
        throw new IllegalArgumentException("package.json engines.node \"" + engines
            + "\" allows none of the Node releases with pinned images ("
            + String.join(", ", BaseImages.NODE_RELEASES.values()) + "): set TemplateOptions.languageVersion");
      }
      evidence.add(new Evidence("package.json", "engines.node \"" + engines + "\": Node " + nodeVersion));
    } else {
      evidence.add(new Evidence("package.json", "no engines.node and no .nvmrc: Node " + nodeVersion));
    }

    // Build, tests, start.
    Map<String, Object> scripts = table(pkg, "scripts");
    boolean build = string(scripts, "build") != null;
    String test = string(scripts, "test");
    boolean tests = test != null && !test.contains(NO_TEST);
    String output = "dist";
    if (build) {
      String tsconfig = child(pkgDir, "tsconfig.json");
      if (dir.isFile(tsconfig)) {
        String outDir = string(table(JsonReader.parseObject(dir.read(tsconfig), tsconfig), "compilerOptions"), "outDir");
        if (outDir != null) {
          output = outDir.replaceFirst("^\\./", "").replaceFirst("/+$", "");
          evidence.add(new Evidence(tsconfig, "compilerOptions.outDir: the build writes " + output));
        }
      }
      evidence.add(new Evidence(pkgFile, "scripts.build \"" + string(scripts, "build") + "\": a build stage, "
          + output + " ships"));
    }
    if (tests) {
      evidence.add(new Evidence(pkgFile, "scripts.test \"" + test + "\""));
    }
    List<String> command = startCommand(dir, pkgDir, pkg, evidence);

    ProjectMetadata metadata = new ProjectMetadata(string(pkg, "name"), string(pkg, "version"),
        string(pkg, "description"), string(pkg, "license"), repository(pkg.get("repository")));
    return new NodeProject(pm, pmVersion, nodeVersion, manifests, npmrc, build, tests, output, command,
        workspace, yarnNodeModules, yarnPath, metadata, evidence);
  }

  private static List<String> startCommand(ProjectDirectory dir, String pkgDir, Map<String, Object> pkg,
      List<Evidence> evidence) {
    String pkgFile = child(pkgDir, "package.json");
    String start = string(table(pkg, "scripts"), "start");
    if (start != null) {
      List<String> words = new ArrayList<>();
      boolean simple = start.chars().noneMatch(c -> "&|;<>$`'\"()\\".indexOf(c) >= 0);
      for (String w : start.strip().split("\\s+")) {
        if (words.isEmpty() && w.matches("[A-Za-z_][A-Za-z0-9_]*=.*")) {
          continue; // NODE_ENV=production node server.js: the image sets its own environment
        }
        words.add(w);
      }
      if (simple && !words.isEmpty() && words.get(0).equals("node") && words.size() > 1) {
        evidence.add(new Evidence(pkgFile, "scripts.start \"" + start + "\": runs " + String.join(" ", words)));
        return words;
      }
      evidence.add(new Evidence(pkgFile, "scripts.start \"" + start + "\" is not a plain node command: not used"));
    }
    String main = string(pkg, "main");
    if (main != null) {
      evidence.add(new Evidence(pkgFile, "main \"" + main + "\": runs node " + main));
      return List.of("node", main);
    }
    for (String candidate : List.of("index.js", "server.js", "app.js")) {
      if (dir.isFile(child(pkgDir, candidate))) {
        evidence.add(new Evidence(child(pkgDir, candidate), "runs node " + candidate));
        return List.of("node", candidate);
      }
    }
    evidence.add(new Evidence(pkgFile, "no start command found"));
    return null;
  }

  private static String repository(Object repository) {
    String url = repository instanceof String s ? s
        : repository instanceof Map<?, ?> m && m.get("url") instanceof String u ? u : null;
    if (url == null) {
      return null;
    }
    url = url.replaceFirst("^git\\+", "").replaceFirst("\\.git$", "");
    if (url.matches("[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+")) {
      return "https://github.com/" + url;
    }
    if (url.startsWith("github:")) {
      return "https://github.com/" + url.substring(7);
    }
    return url.startsWith("https://") ? url : null;
  }

  // Workspace globs: literal directories, and "*" or "**" as the last part (one level of directories).
  private static List<String> expand(ProjectDirectory dir, String glob) {
    List<String> dirs = new ArrayList<>();
    if (glob.startsWith("!")) {
      return dirs;
    }
    if (glob.endsWith("/*") || glob.endsWith("/**")) {
      String parent = glob.substring(0, glob.lastIndexOf('/'));
      for (String name : dir.list(parent)) {
        if (dir.isDirectory(child(parent, name)) && !name.equals("node_modules") && !name.startsWith(".")) {
          dirs.add(child(parent, name));
        }
      }
    } else if (!glob.contains("*")) {
      dirs.add(glob);
    }
    return dirs;
  }

  // "key: value" lines at the top level of a YAML file such as .yarnrc.yml.
  static Map<String, String> simpleYaml(String text) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String line : text.split("\n")) {
      if (line.isEmpty() || Character.isWhitespace(line.charAt(0)) || line.startsWith("#")) {
        continue;
      }
      int colon = line.indexOf(':');
      if (colon > 0) {
        map.put(line.substring(0, colon).strip(), unquote(line.substring(colon + 1).strip()));
      }
    }
    return map;
  }

  // The "- item" lines under a top-level "key:" of a YAML file such as pnpm-workspace.yaml.
  static List<String> yamlList(String text, String key) {
    List<String> items = new ArrayList<>();
    boolean inside = false;
    for (String line : text.split("\n")) {
      String stripped = line.strip();
      if (!line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && !stripped.startsWith("-")) {
        inside = stripped.equals(key + ":");
        continue;
      }
      if (inside && stripped.startsWith("-")) {
        items.add(unquote(stripped.substring(1).strip()));
      }
    }
    return items;
  }

  private static String unquote(String s) {
    int hash = s.indexOf(" #");
    String v = hash >= 0 ? s.substring(0, hash).strip() : s;
    if (v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'') && v.charAt(v.length() - 1) == v.charAt(0)) {
      return v.substring(1, v.length() - 1);
    }
    return v;
  }
}
