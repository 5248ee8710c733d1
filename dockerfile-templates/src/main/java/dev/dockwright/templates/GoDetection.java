package dev.dockwright.templates;

import static dev.dockwright.templates.ProjectDirectory.child;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Detects a Go module: module path, Go version, go.sum, vendoring, the main package. */
final class GoDetection {
  // where a user names the main package, whichever way the templates are used
  private static final String MAIN_PACKAGE_SETTINGS =
      " (TemplateOptions.mainPackage, dockwright init --main-package, the Maven plugin's mainPackage)";

  private GoDetection() {}

  private static final Pattern PACKAGE_MAIN = Pattern.compile("(?m)^package\\s+main\\s*$");

  static GoProject detect(ProjectDirectory dir, TemplateOptions options) {
    List<Evidence> evidence = new ArrayList<>();
    String module = null;
    String go = null;
    String toolchain = null;
    for (String raw : dir.read("go.mod").split("\n")) {
      String line = raw.replaceFirst("//.*", "").strip();
      String[] words = line.split("\\s+");
      if (words.length == 2) {
        switch (words[0]) {
          case "module" -> module = words[1].replace("\"", "");
          case "go" -> go = words[1];
          case "toolchain" -> toolchain = words[1].replaceFirst("^go", "");
          default -> { }
        }
      }
    }
    if (module == null) {
      throw new IllegalArgumentException("go.mod has no module line");
    }
    evidence.add(new Evidence("go.mod", "module " + module));

    String goVersion = BaseImages.GO_DEFAULT;
    String required = toolchain != null ? toolchain : go;
    if (required != null) {
      if (VersionRange.compare(VersionRange.numbers(required), VersionRange.numbers(BaseImages.GO_DEFAULT)) > 0) {
        throw new IllegalArgumentException("go.mod needs Go " + required + ", newer than "
            + BaseImages.golang(BaseImages.GO_DEFAULT) + ", the newest pinned image: set TemplateOptions.languageVersion");
      }
      evidence.add(new Evidence("go.mod", (toolchain != null ? "toolchain go" : "go ") + required + ": Go " + goVersion));
    }
    boolean goSum = dir.isFile("go.sum");
    if (!goSum) {
      evidence.add(new Evidence("go.mod", "no go.sum: no dependencies"));
    }
    boolean vendored = dir.isFile("vendor/modules.txt");
    if (vendored) {
      evidence.add(new Evidence("vendor/modules.txt", "vendored dependencies: nothing to download"));
    }

    List<String> mains = new ArrayList<>();
    if (isMain(dir, "")) {
      mains.add(".");
    }
    for (String name : dir.list("cmd")) {
      if (isMain(dir, "cmd/" + name)) {
        mains.add("./cmd/" + name);
      }
    }
    String main;
    if (options.mainPackage() != null) {
      main = options.mainPackage().equals(".") || options.mainPackage().startsWith("./")
          ? options.mainPackage() : "./" + options.mainPackage();
      main = main.replaceFirst("/$", "");
      if (!isMain(dir, main.equals(".") ? "" : main.substring(2))) {
        throw new IllegalArgumentException("no main package in " + main
            + (mains.isEmpty() ? "" : " (main packages: " + String.join(", ", mains) + ")"));
      }
    } else if (mains.size() == 1) {
      main = mains.get(0);
    } else if (mains.isEmpty()) {
      throw new IllegalArgumentException("no main package: looked for package main in the module root and in"
          + " cmd/*/; name the one to build" + MAIN_PACKAGE_SETTINGS);
    } else {
      throw new IllegalArgumentException("several main packages: " + String.join(", ", mains)
          + "; choose one" + MAIN_PACKAGE_SETTINGS);
    }
    evidence.add(new Evidence(main.equals(".") ? "main.go" : main.substring(2), "main package " + main));
    String base = main.equals(".") ? module : main;
    String binary = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "-");

    String source = null;
    String[] parts = module.split("/");
    if (parts.length >= 3 && List.of("github.com", "gitlab.com", "bitbucket.org", "codeberg.org").contains(parts[0])) {
      source = "https://" + parts[0] + "/" + parts[1] + "/" + parts[2];
    }
    String title = module.substring(module.lastIndexOf('/') + 1);
    return new GoProject(goVersion, module, goSum, vendored, main, binary,
        new ProjectMetadata(title, null, null, null, source), evidence);
  }

  private static boolean isMain(ProjectDirectory dir, String path) {
    for (String name : dir.list(path)) {
      String file = child(path, name);
      if (name.endsWith(".go") && !name.endsWith("_test.go") && dir.isFile(file)
          && PACKAGE_MAIN.matcher(dir.read(file)).find()) {
        return true;
      }
    }
    return false;
  }
}
