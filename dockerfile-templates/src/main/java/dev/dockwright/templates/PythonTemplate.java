package dev.dockwright.templates;

import dev.dockwright.dsl.Copy;
import dev.dockwright.dsl.DockerfileBuilder;
import dev.dockwright.dsl.StageBuilder;
import dev.dockwright.model.Dockerfile;
import dev.dockwright.model.EnvInstruction;
import dev.dockwright.model.ImageRef;
import dev.dockwright.model.KeyValue;
import dev.dockwright.model.UserSpec;
import dev.dockwright.model.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A multi-stage Dockerfile for a Python project: a {@code builder} stage that installs the dependencies into
 * a virtualenv at {@code /opt/venv} (with pip, poetry, uv or pipenv, the tool itself kept out of the
 * virtualenv: for pip and pipenv it is made without pip, and the builder's pip installs into it) and
 * optionally runs the tests, and a {@code runtime} stage that gets the virtualenv and the sources, owned by
 * root, and runs as a numeric non-root user.
 *
 * <pre>{@code
 * PythonProject project = (PythonProject) ProjectDetector.detect(Path.of("api"));
 * Dockerfile dockerfile = PythonTemplate.of(project, TemplateOptions.builder().port(8000).build()).dockerfile();
 * }</pre>
 */
public final class PythonTemplate {
  private static final String VENV = "/opt/venv";
  private static final String TEST_DEPS = "/opt/test-deps";
  private static final String PIP_CACHE = "/root/.cache/pip";

  private final PythonProject project;
  private final TemplateOptions options;
  private final RuntimeFlavor flavor;
  private final BuildSteps steps;
  private final String pythonVersion;
  private final List<String> command;

  private PythonTemplate(PythonProject project, TemplateOptions options) {
    this.project = Objects.requireNonNull(project, "project");
    this.options = Objects.requireNonNull(options, "options");
    this.flavor = options.flavorFor(Language.PYTHON);
    this.steps = new BuildSteps(options.target());
    String version = options.languageVersion() == null
        ? project.pythonVersion()
        : LanguageVersions.python(options.languageVersion());
    if (flavor == RuntimeFlavor.DISTROLESS) {
      boolean asked = options.languageVersion() != null
          && !BaseImages.minor(version).equals(BaseImages.DISTROLESS_PYTHON);
      boolean required = project.requiresPython() != null
          && !VersionRange.pythonAllows(project.requiresPython(), BaseImages.DISTROLESS_PYTHON + ".2");
      if (asked || required) {
        throw new IllegalArgumentException("the distroless runtime has Python " + BaseImages.DISTROLESS_PYTHON
            + " (" + BaseImages.DISTROLESS_PYTHON_IMAGE + "), but the project asks for "
            + (asked ? version : project.requiresPython()) + ": choose the slim or alpine flavour");
      }
      version = BaseImages.DISTROLESS_PYTHON;
    }
    this.pythonVersion = version;
    this.command = options.command() != null ? options.command() : project.command();
    if (command == null) {
      throw new IllegalArgumentException("no start command: no [project.scripts], no package with __main__.py,"
          + " no ASGI or WSGI app and no main.py or app.py found; set TemplateOptions.command");
    }
  }

  /**
   * The template for the project with the options.
   *
   * @param project the Python project
   * @param options the template options
   * @return the template
   */
  public static PythonTemplate of(PythonProject project, TemplateOptions options) {
    return new PythonTemplate(project, options);
  }

  /**
   * The Dockerfile model.
   *
   * @return the model of the whole file
   */
  public Dockerfile dockerfile() {
    DockerfileBuilder file = DockerfileBuilder.create();
    writeTo(file);
    return file.build();
  }

  /**
   * Writes the syntax directive and the stages into an empty builder, and returns the stages.
   *
   * @param file an empty builder
   * @return the stages written, by name
   */
  public TemplateStages writeTo(DockerfileBuilder file) {
    Map<String, StageBuilder> stages = new LinkedHashMap<>();
    file.syntax("docker/dockerfile:1");
    PackageManager pm = project.packageManager();
    boolean pytest = options.runTests() && project.testRunner() == PythonProject.TestRunner.PYTEST;
    String noCache = steps.mounts() ? "" : " --no-cache-dir";
    // With pip and pipenv the virtualenv is made without pip (and setuptools), so that no package manager
    // ships in it; the builder's own pip installs into it (pip 22.3 or later has --python).
    boolean pipless = pm == PackageManager.PIP || pm == PackageManager.PIPENV;
    String venvPip = pipless ? "pip --python " + VENV + "/bin/python" : "pip";
    String makeVenv = "python3 -m venv " + (pipless ? "--without-pip " : "") + VENV;

    String builderImage = switch (flavor) {
      case DISTROLESS -> BaseImages.DEBIAN_SLIM;
      case ALPINE -> BaseImages.pythonAlpine(pythonVersion);
      default -> BaseImages.pythonSlim(pythonVersion);
    };
    StageBuilder builder = file.stage("builder", BaseImages.ref(builderImage, options))
        .leadingComment(flavor == RuntimeFlavor.DISTROLESS
            ? "Debian's Python, as distroless has it, so that the virtualenv's interpreter path exists there."
            : pipless
                ? "Dependencies in a virtualenv at /opt/venv, made without pip; the runtime copies the virtualenv, not the tools."
                : "Dependencies in a virtualenv at /opt/venv; the runtime copies the virtualenv, not the tools.");
    if (flavor == RuntimeFlavor.DISTROLESS) {
      builder.run(pipless
          ? BuildSteps.aptInstall(BaseImages.PYTHON3_VENV_PACKAGE, BaseImages.PYTHON3_PIP_PACKAGE)
          : BuildSteps.aptInstall(BaseImages.PYTHON3_VENV_PACKAGE));
    }
    List<KeyValue> env = new ArrayList<>();
    env.add(pair("PYTHONDONTWRITEBYTECODE", "1"));
    if (pm == PackageManager.UV) {
      env.add(pair("UV_COMPILE_BYTECODE", "1"));
      env.add(pair("UV_LINK_MODE", "copy"));
      env.add(pair("UV_PYTHON_DOWNLOADS", "never"));
      env.add(pair("UV_PROJECT_ENVIRONMENT", VENV));
      if (!steps.mounts()) {
        env.add(pair("UV_NO_CACHE", "1"));
      }
    } else {
      env.add(pair("PIP_DISABLE_PIP_VERSION_CHECK", "1"));
      if (!steps.mounts()) {
        env.add(pair("PIP_NO_CACHE_DIR", "1"));
      }
    }
    builder.instruction(new EnvInstruction(env));

    switch (pm) {
      case POETRY -> builder.run(steps.cached(List.of(PIP_CACHE), null, List.of(),
          "python3 -m venv /opt/poetry",
          "/opt/poetry/bin/pip install" + noCache + " poetry==" + BaseImages.POETRY_VERSION,
          "python3 -m venv " + VENV));
      case PIPENV -> builder.run(steps.cached(List.of(PIP_CACHE), null, List.of(),
          "python3 -m venv /opt/pipenv",
          "/opt/pipenv/bin/pip install" + noCache + " pipenv==" + BaseImages.PIPENV_VERSION,
          makeVenv));
      case UV -> builder.copy(Copy.from(ImageRef.of(BaseImages.ref(BaseImages.UV_IMAGE, options).text()))
          .paths("/uv").to("/usr/local/bin/uv"));
      default -> builder.run(makeVenv);
    }
    List<KeyValue> venvEnv = new ArrayList<>();
    if (pm != PackageManager.UV) {
      // uv creates the virtualenv itself; VIRTUAL_ENV naming one that does not exist yet would confuse it.
      venvEnv.add(pair("VIRTUAL_ENV", VENV));
    }
    venvEnv.add(new KeyValue("PATH", Value.of(VENV + "/bin:$PATH")));
    if (pm == PackageManager.POETRY) {
      venvEnv.add(pair("POETRY_NO_INTERACTION", "1"));
      venvEnv.add(pair("POETRY_VIRTUALENVS_CREATE", "false"));
    } else if (pm == PackageManager.PIPENV) {
      venvEnv.add(pair("PIPENV_VERBOSITY", "-1"));
    }
    builder.instruction(new EnvInstruction(venvEnv));

    List<String> manifests = new ArrayList<>(project.manifests());
    if (pytest && pm == PackageManager.PIP && project.testRequirements() != null
        && !manifests.contains(project.testRequirements())) {
      manifests.add(project.testRequirements());
    }
    if (!manifests.isEmpty() || project.installProject() || options.runTests()) {
      builder.workdir("/app");
    }
    if (!manifests.isEmpty()) {
      copyManifests(builder, manifests);
    }
    // The dependencies, and the test tools with them: one RUN, since both only change with the manifests.
    List<String> caches = new ArrayList<>();
    List<String> commands = new ArrayList<>();
    String cleanup = null;
    switch (pm) {
      case POETRY -> {
        caches.add("/root/.cache/pypoetry");
        commands.add("/opt/poetry/bin/poetry install --only main --no-root");
        cleanup = "rm -rf /root/.cache/pypoetry";
      }
      case UV -> {
        caches.add("/root/.cache/uv");
        commands.add("uv sync --frozen --no-dev --no-install-project");
      }
      case PIPENV -> {
        caches.add(PIP_CACHE);
        commands.add("/opt/pipenv/bin/pipenv requirements > /tmp/requirements.txt");
        commands.add(venvPip + " install" + noCache + " -r /tmp/requirements.txt");
      }
      default -> {
        if (project.requirementsFile() != null) {
          caches.add(PIP_CACHE);
          commands.add(venvPip + " install" + noCache + " -r " + project.requirementsFile());
        }
      }
    }
    if (pytest) {
      for (String cache : testToolsCaches(pm)) {
        if (!caches.contains(cache)) {
          caches.add(cache);
        }
      }
      commands.addAll(testToolsInstall(pm, noCache));
    }
    if (!commands.isEmpty()) {
      // Cleaning goes last, so that the test tools' install finds the cache it needs in the same RUN.
      builder.run(steps.cached(caches, cleanup, List.of(), commands.toArray(String[]::new)));
    }
    if (project.installProject() || options.runTests()) {
      builder.copy(".", ".");
    }
    if (project.installProject()) {
      switch (pm) {
        case POETRY -> builder.run(steps.cached(List.of("/root/.cache/pypoetry"), "rm -rf /root/.cache/pypoetry",
            List.of(), "/opt/poetry/bin/poetry install --only main"));
        case UV -> builder.run(steps.cached(List.of("/root/.cache/uv"), null, List.of(),
            "uv sync --frozen --no-dev --no-editable"));
        default -> builder.run(steps.cached(List.of(PIP_CACHE), null, List.of(),
            venvPip + " install" + noCache
                + (project.requirementsFile() == null && pm == PackageManager.PIP ? "" : " --no-deps") + " ."));
      }
    }
    if (options.runTests()) {
      String path = project.sourceRoot() == null ? "" : ":/app/" + project.sourceRoot();
      builder.run(pytest
          ? "PYTHONPATH=" + TEST_DEPS + path + " python -m pytest -p no:cacheprovider"
          : (path.isEmpty() ? "" : "PYTHONPATH=" + path.substring(1) + " ") + "python -m unittest discover"
              + (project.testDirectory() == null ? "" : " -s " + project.testDirectory()));
    }
    stages.put("builder", builder);

    String runtimeImage = switch (flavor) {
      case DISTROLESS -> BaseImages.DISTROLESS_PYTHON_IMAGE;
      case ALPINE -> BaseImages.pythonAlpine(pythonVersion);
      default -> BaseImages.pythonSlim(pythonVersion);
    };
    StageBuilder runtime = file.stage("runtime", BaseImages.ref(runtimeImage, options))
        .leadingComment("The image: the virtualenv and the sources, owned by root, run by an unprivileged user.");
    OciLabels.write(runtime, project.metadata(), runtimeImage, options);
    List<KeyValue> runtimeEnv = new ArrayList<>(List.of(
        pair("PYTHONDONTWRITEBYTECODE", "1"),
        pair("PYTHONUNBUFFERED", "1"),
        pair("VIRTUAL_ENV", VENV),
        new KeyValue("PATH", Value.of(VENV + "/bin:$PATH"))));
    if (project.sourceRoot() != null) {
      runtimeEnv.add(pair("PYTHONPATH", "/app/" + project.sourceRoot()));
    }
    runtime.instruction(new EnvInstruction(runtimeEnv))
        .workdir("/app")
        .copy(Copy.from(builder).paths(VENV).to(VENV))
        .copy(".", ".");
    int uid = flavor == RuntimeFlavor.DISTROLESS ? 65532 : 10001;
    runtime.user(UserSpec.of(uid, uid));
    if (options.port() != null) {
      runtime.expose(options.port());
    }
    if (options.healthcheck() != null) {
      runtime.healthcheck(options.healthcheck());
    }
    List<String> program = new ArrayList<>(command);
    if (!program.get(0).contains("/")) {
      program.set(0, VENV + "/bin/" + program.get(0));
    }
    runtime.entrypoint(program.toArray(String[]::new));
    stages.put("runtime", runtime);
    return new TemplateStages(stages);
  }

  private List<String> testToolsCaches(PackageManager pm) {
    if (pm == PackageManager.UV) {
      return List.of("/root/.cache/uv");
    }
    if (pm == PackageManager.POETRY && project.testRequirements() != null) {
      return List.of(PIP_CACHE, "/root/.cache/pypoetry");
    }
    return List.of(PIP_CACHE);
  }

  // Test tools go to /opt/test-deps, outside the virtualenv that ships.
  private List<String> testToolsInstall(PackageManager pm, String noCache) {
    String req = project.testRequirements();
    String target = " --target " + TEST_DEPS;
    String pytestPin = " pytest==" + BaseImages.PYTEST_VERSION;
    if (req == null) {
      return List.of((pm == PackageManager.UV ? "uv pip install" : "pip install" + noCache) + target + pytestPin);
    }
    return switch (pm) {
      case POETRY -> List.of("/opt/poetry/bin/poetry export --only " + req + " -o /tmp/requirements-test.txt",
          "pip install" + noCache + target + " -r /tmp/requirements-test.txt");
      case UV -> List.of("uv export --frozen --only-dev --no-emit-project -o /tmp/requirements-test.txt",
          "uv pip install" + target + " -r /tmp/requirements-test.txt");
      case PIPENV -> List.of("/opt/pipenv/bin/pipenv requirements --dev-only > /tmp/requirements-test.txt",
          "pip install" + noCache + target + " -r /tmp/requirements-test.txt");
      default -> List.of("pip install" + noCache + target + " -r " + req);
    };
  }

  private static void copyManifests(StageBuilder stage, List<String> manifests) {
    Map<String, List<String>> byDir = new LinkedHashMap<>();
    for (String path : manifests) {
      int slash = path.lastIndexOf('/');
      byDir.computeIfAbsent(slash < 0 ? "" : path.substring(0, slash + 1), d -> new ArrayList<>()).add(path);
    }
    for (Map.Entry<String, List<String>> e : byDir.entrySet()) {
      List<String> args = new ArrayList<>(e.getValue());
      args.add("./" + e.getKey());
      stage.copy(args.toArray(String[]::new));
    }
  }

  private static KeyValue pair(String key, String value) {
    return new KeyValue(key, Value.literal(value));
  }

  /**
   * The {@code .dockerignore} that goes with this Dockerfile. The runtime copies the sources with
   * {@code COPY . .}, so the test directory is left out of the context unless the build runs the tests.
   *
   * @return the patterns, one per line
   */
  public String dockerignore() {
    String tests = options.runTests() || project.testDirectory() == null ? "" : """
        # The tests: this build does not run them, and the image would get them with the sources.
        %s
        """.formatted(project.testDirectory());
    return """
        # Keeps the build context small and free of local environments, caches and secrets.
        .git
        **/__pycache__
        **/*.py[cod]
        .venv
        venv
        .pytest_cache
        .mypy_cache
        .ruff_cache
        .tox
        .coverage
        htmlcov
        build
        dist
        **/*.egg-info
        .env
        .env.*
        Dockerfile*
        .dockerignore
        """ + tests;
  }
}
