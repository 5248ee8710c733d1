package dev.dockwright.templates;

import static dev.dockwright.templates.ProjectDirectory.child;
import static dev.dockwright.templates.ProjectDirectory.string;
import static dev.dockwright.templates.ProjectDirectory.table;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Detects a Python project: package manager, Python version, start command, tests. */
final class PythonDetection {
  private PythonDetection() {}

  private static final List<String> MARKERS =
      List.of("pyproject.toml", "Pipfile", "Pipfile.lock", "poetry.lock", "uv.lock", "setup.py");
  private static final List<String> REQUIREMENTS = List.of("requirements.txt", "requirements/prod.txt",
      "requirements/production.txt", "requirements/base.txt");
  private static final List<String> TEST_REQUIREMENTS = List.of("requirements-dev.txt", "requirements-test.txt",
      "dev-requirements.txt", "test-requirements.txt", "requirements/dev.txt", "requirements/test.txt");
  private static final Pattern APP = Pattern.compile(
      "(?m)^(\\w+)\\s*(?::[^=\\n]*)?=\\s*(FastAPI|Starlette|Quart|Litestar|Flask|Sanic)\\(");
  private static final Pattern DJANGO = Pattern.compile("(?m)^(application)\\s*=\\s*get_(asgi|wsgi)_application\\(");
  private static final Set<String> NOT_PACKAGES = Set.of("tests", "test", "docs", "venv", ".venv", "build", "dist",
      "node_modules", "src");

  /** Whether the directory looks like a Python project: a marker file or a requirements*.txt. */
  static boolean isPython(ProjectDirectory dir) {
    return MARKERS.stream().anyMatch(dir::isFile)
        || dir.list("").stream().anyMatch(n -> n.startsWith("requirements") && n.endsWith(".txt"))
        || dir.isFile("requirements/base.txt") || dir.isFile("requirements/prod.txt");
  }

  static PythonProject detect(ProjectDirectory dir, TemplateOptions options) {
    List<Evidence> evidence = new ArrayList<>();
    Map<String, Object> pyproject = dir.isFile("pyproject.toml")
        ? TomlReader.parse(dir.read("pyproject.toml"), "pyproject.toml") : Map.of();
    Map<String, Object> project = table(pyproject, "project");
    Map<String, Object> poetry = table(pyproject, "tool", "poetry");
    Map<String, Object> pipfile = dir.isFile("Pipfile") ? TomlReader.parse(dir.read("Pipfile"), "Pipfile") : Map.of();

    PackageManager pm;
    List<String> manifests = new ArrayList<>();
    String requirements = null;
    if (dir.isFile("uv.lock")) {
      pm = PackageManager.UV;
      manifests.addAll(List.of("pyproject.toml", "uv.lock"));
      evidence.add(new Evidence("uv.lock", "lock file: uv"));
    } else if (dir.isFile("poetry.lock")) {
      pm = PackageManager.POETRY;
      manifests.addAll(List.of("pyproject.toml", "poetry.lock"));
      evidence.add(new Evidence("poetry.lock", "lock file: poetry"));
    } else if (dir.isFile("Pipfile.lock")) {
      pm = PackageManager.PIPENV;
      manifests.addAll(List.of("Pipfile", "Pipfile.lock"));
      evidence.add(new Evidence("Pipfile.lock", "lock file: pipenv"));
    } else if (dir.isFile("Pipfile")) {
      throw new IllegalArgumentException("Pipfile has no Pipfile.lock beside it: run pipenv lock, so that image"
          + " builds install exactly the locked versions");
    } else if (!poetry.isEmpty() && !table(poetry, "dependencies").isEmpty() && project.isEmpty()) {
      throw new IllegalArgumentException("pyproject.toml uses poetry but has no poetry.lock beside it: run poetry"
          + " lock, so that image builds install exactly the locked versions");
    } else {
      pm = PackageManager.PIP;
      requirements = dir.firstExisting(REQUIREMENTS.toArray(String[]::new));
      if (requirements != null) {
        manifests.addAll(withIncludes(dir, requirements));
        evidence.add(new Evidence(requirements, "requirements file: pip"));
      } else {
        evidence.add(new Evidence(dir.isFile("pyproject.toml") ? "pyproject.toml" : "setup.py",
            "no lock or requirements file: pip"));
      }
    }

    // The Python version and the constraint it must meet.
    String pythonVersion = BaseImages.PYTHON_DEFAULT;
    String constraint = string(project, "requires-python");
    String constraintFile = "pyproject.toml";
    if (constraint == null) {
      constraint = string(table(poetry, "dependencies"), "python");
    }
    if (constraint == null) {
      String pipfileVersion = string(table(pipfile, "requires"), "python_version");
      constraint = pipfileVersion == null ? null : "==" + pipfileVersion + ".*";
      constraintFile = "Pipfile";
    }
    String versionFile = dir.firstExisting(".python-version", "runtime.txt");
    if (versionFile != null && dir.firstLine(versionFile) != null) {
      String requested = dir.firstLine(versionFile);
      pythonVersion = LanguageVersions.python(requested);
      if (constraint == null) {
        constraint = "==" + BaseImages.minor(pythonVersion) + ".*";
      }
      evidence.add(new Evidence(versionFile, "Python " + requested + ": " + pythonVersion));
    } else if (constraint != null) {
      pythonVersion = LanguageVersions.pythonForSpecifiers(constraint);
      if (pythonVersion == null) {
        throw new IllegalArgumentException(constraintFile + ": Python \"" + constraint
            + "\" allows none of the releases with pinned images ("
            + String.join(", ", BaseImages.PYTHON_RELEASES.values()) + "): set TemplateOptions.languageVersion");
      }
      evidence.add(new Evidence(constraintFile, "Python \"" + constraint + "\": " + pythonVersion));
    } else {
      evidence.add(new Evidence("pyproject.toml", "no Python version asked for: " + pythonVersion));
    }

    // What the dependencies mention, to pick servers and test runners.
    StringBuilder deps = new StringBuilder();
    for (String f : List.of("pyproject.toml", "Pipfile", "requirements.txt", "uv.lock", "poetry.lock", "Pipfile.lock")) {
      if (dir.isFile(f)) {
        deps.append(dir.read(f).toLowerCase(Locale.ROOT)).append('\n');
      }
    }
    for (String f : manifests) {
      if (dir.isFile(f)) {
        deps.append(dir.read(f).toLowerCase(Locale.ROOT)).append('\n');
      }
    }

    // The start command.
    String sourceRoot = null;
    boolean installProject = false;
    List<String> command = null;
    int port = options.port() == null ? 8000 : options.port();
    Map<String, Object> scripts = new java.util.LinkedHashMap<>(table(project, "scripts"));
    if (scripts.isEmpty()) {
      scripts.putAll(table(poetry, "scripts"));
    }
    List<String[]> packages = packages(dir);
    String scriptName = scripts.isEmpty() ? null : scripts.keySet().iterator().next();
    if (scriptName != null && scripts.get(scriptName) instanceof String target) {
      String top = target.split("[.:]")[0].strip();
      String[] pkg = packages.stream().filter(p -> p[1].equals(top)).findFirst().orElse(null);
      if (pkg != null && dir.isFile(child(pkg[0], top + "/__main__.py"))) {
        command = List.of("python", "-m", top);
        sourceRoot = pkg[0].isEmpty() ? null : pkg[0];
        evidence.add(new Evidence("pyproject.toml", "script " + scriptName + " = \"" + target + "\"; " + top
            + "/__main__.py exists: runs python -m " + top + ", so the project itself needs no build"));
      } else {
        command = List.of(scriptName);
        installProject = true;
        evidence.add(new Evidence("pyproject.toml", "script " + scriptName + " = \"" + target
            + "\": the project is installed into the virtualenv and runs " + scriptName));
      }
    }
    if (command == null) {
      for (String[] pkg : packages) {
        if (dir.isFile(child(pkg[0], pkg[1] + "/__main__.py"))) {
          command = List.of("python", "-m", pkg[1]);
          sourceRoot = pkg[0].isEmpty() ? null : pkg[0];
          evidence.add(new Evidence(child(pkg[0], pkg[1] + "/__main__.py"), "runs python -m " + pkg[1]));
          break;
        }
      }
    }
    if (command == null) {
      List<String> candidates = new ArrayList<>(List.of("main.py", "app.py", "asgi.py", "wsgi.py", "server.py"));
      for (String[] pkg : packages) {
        for (String f : List.of("main.py", "app.py", "asgi.py", "wsgi.py")) {
          candidates.add(child(pkg[0], pkg[1] + "/" + f));
        }
      }
      for (String file : candidates) {
        if (!dir.isFile(file)) {
          continue;
        }
        String text = dir.read(file);
        Matcher app = APP.matcher(text);
        Matcher django = DJANGO.matcher(text);
        String variable;
        boolean asgi;
        String framework;
        if (app.find()) {
          variable = app.group(1);
          framework = app.group(2);
          asgi = !framework.equals("Flask");
        } else if (django.find()) {
          variable = django.group(1);
          framework = "Django";
          asgi = django.group(2).equals("asgi");
        } else {
          continue;
        }
        String module = file.replaceFirst("^src/", "").replaceFirst("\\.py$", "").replace('/', '.');
        if (file.startsWith("src/")) {
          sourceRoot = "src";
        }
        String appRef = module + ":" + variable;
        if (asgi && deps.indexOf("uvicorn") >= 0) {
          command = List.of("uvicorn", appRef, "--host", "0.0.0.0", "--port", Integer.toString(port));
        } else if (asgi && deps.indexOf("hypercorn") >= 0) {
          command = List.of("hypercorn", "--bind", "0.0.0.0:" + port, appRef);
        } else if (!asgi && deps.indexOf("gunicorn") >= 0) {
          command = List.of("gunicorn", "--bind", "0.0.0.0:" + port, appRef);
        } else {
          throw new IllegalArgumentException(file + ": found the " + (asgi ? "ASGI" : "WSGI") + " app " + appRef
              + " (" + framework + ") but no " + (asgi ? "uvicorn or hypercorn" : "gunicorn")
              + " among the dependencies: add one, or set TemplateOptions.command");
        }
        evidence.add(new Evidence(file, framework + " " + (asgi ? "ASGI" : "WSGI") + " app " + appRef + ": runs "
            + command.get(0)));
        break;
      }
    }
    if (command == null) {
      for (String file : List.of("main.py", "app.py")) {
        if (dir.isFile(file)) {
          command = List.of("python", file);
          evidence.add(new Evidence(file, "runs python " + file));
          break;
        }
      }
    }
    if (command == null) {
      evidence.add(new Evidence("pyproject.toml", "no start command found"));
    }
    if (pm == PackageManager.PIP && requirements == null && !installProject
        && (!strings(project.get("dependencies")).isEmpty() || (project.isEmpty() && dir.isFile("setup.py")))) {
      installProject = true;
      evidence.add(new Evidence(project.isEmpty() ? "setup.py" : "pyproject.toml",
          "dependencies without a requirements file: pip installs the project with them"));
    }

    // Tests.
    boolean pytest = deps.indexOf("pytest") >= 0 || dir.isFile("pytest.ini") || dir.isFile("conftest.py")
        || !table(pyproject, "tool", "pytest").isEmpty();
    String testRequirements = null;
    switch (pm) {
      case PIP -> {
        testRequirements = dir.firstExisting(TEST_REQUIREMENTS.toArray(String[]::new));
        if (testRequirements != null && dir.read(testRequirements).toLowerCase(Locale.ROOT).contains("pytest")) {
          pytest = true;
        }
      }
      case POETRY -> testRequirements = !table(poetry, "group", "dev").isEmpty()
          || !table(poetry, "dev-dependencies").isEmpty() ? "dev"
          : !table(poetry, "group", "test").isEmpty() ? "test" : null;
      case UV -> testRequirements = table(pyproject, "dependency-groups").containsKey("dev")
          || table(pyproject, "tool", "uv").containsKey("dev-dependencies") ? "dev" : null;
      default -> testRequirements = table(pipfile, "dev-packages").isEmpty() ? null : "dev";
    }
    PythonProject.TestRunner runner = pytest ? PythonProject.TestRunner.PYTEST : PythonProject.TestRunner.UNITTEST;
    String testFile = switch (pm) {
      case PIP -> testRequirements != null ? testRequirements : dir.isFile("pytest.ini") ? "pytest.ini" : "pyproject.toml";
      case PIPENV -> "Pipfile";
      default -> "pyproject.toml";
    };
    String testDirectory = null;
    for (String d : List.of("tests", "test")) {
      if (dir.list(d).stream().anyMatch(n -> n.startsWith("test") && n.endsWith(".py"))) {
        testDirectory = d;
        break;
      }
    }
    evidence.add(new Evidence(pytest ? testFile : testDirectory != null ? testDirectory : ".", pytest
        ? "tests run with pytest" + (testRequirements == null ? " " + BaseImages.PYTEST_VERSION : ", installed from "
            + (pm == PackageManager.PIP ? testRequirements : "the " + testRequirements + " dependencies"))
        : "no pytest found: tests run with python -m unittest discover"
            + (testDirectory == null ? "" : " -s " + testDirectory)));

    Object license = project.get("license");
    String licenseText = license instanceof String s ? s
        : license instanceof Map<?, ?> m && m.get("text") instanceof String t ? t : string(poetry, "license");
    ProjectMetadata metadata = new ProjectMetadata(
        first(string(project, "name"), string(poetry, "name")),
        first(string(project, "version"), string(poetry, "version")),
        first(string(project, "description"), string(poetry, "description")),
        licenseText,
        source(table(project, "urls"), poetry));
    return new PythonProject(pm, pythonVersion, constraint, manifests, requirements, command, installProject,
        sourceRoot, runner, testRequirements, testDirectory, metadata, evidence);
  }

  private static List<String> strings(Object value) {
    return ProjectDirectory.strings(value);
  }

  // The top-level packages: directories with __init__.py or __main__.py, at the root and under src/.
  private static List<String[]> packages(ProjectDirectory dir) {
    List<String[]> found = new ArrayList<>();
    for (String root : List.of("", "src")) {
      for (String name : dir.list(root)) {
        String path = child(root, name);
        if (dir.isDirectory(path) && !NOT_PACKAGES.contains(name) && !name.startsWith(".")
            && (dir.isFile(path + "/__init__.py") || dir.isFile(path + "/__main__.py"))) {
          found.add(new String[] {root, name});
        }
      }
    }
    return found;
  }

  // A requirements file and the files it includes with -r or -c, relative to it.
  private static List<String> withIncludes(ProjectDirectory dir, String file) {
    Set<String> all = new LinkedHashSet<>();
    List<String> todo = new ArrayList<>(List.of(file));
    while (!todo.isEmpty()) {
      String f = todo.remove(0);
      if (!all.add(f) || !dir.isFile(f)) {
        continue;
      }
      String base = f.contains("/") ? f.substring(0, f.lastIndexOf('/') + 1) : "";
      for (String line : dir.read(f).split("\n")) {
        Matcher m = Pattern.compile("^\\s*(?:-r|-c|--requirement|--constraint)[=\\s]+(\\S+)").matcher(line);
        if (m.find()) {
          todo.add(java.nio.file.Path.of(base + m.group(1)).normalize().toString().replace('\\', '/'));
        }
      }
    }
    return new ArrayList<>(all);
  }

  private static String source(Map<String, Object> urls, Map<String, Object> poetry) {
    for (String key : List.of("source", "repository", "source code", "homepage")) {
      for (Map.Entry<String, Object> e : urls.entrySet()) {
        if (e.getKey().toLowerCase(Locale.ROOT).equals(key) && e.getValue() instanceof String s) {
          return s;
        }
      }
    }
    return first(string(poetry, "repository"), string(poetry, "homepage"));
  }

  private static String first(String a, String b) {
    return a != null ? a : b;
  }
}
