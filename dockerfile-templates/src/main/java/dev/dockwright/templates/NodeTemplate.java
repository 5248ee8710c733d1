package dev.dockwright.templates;

import dev.dockwright.dsl.Copy;
import dev.dockwright.dsl.DockerfileBuilder;
import dev.dockwright.dsl.Run;
import dev.dockwright.dsl.StageBuilder;
import dev.dockwright.model.BuilderTarget;
import dev.dockwright.model.Dockerfile;
import dev.dockwright.model.EnvInstruction;
import dev.dockwright.model.KeyValue;
import dev.dockwright.model.Mount;
import dev.dockwright.model.UserSpec;
import dev.dockwright.model.Value;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A multi-stage Dockerfile for a Node project: production dependencies in a {@code deps} stage, the full
 * install, the build script and the tests in a {@code build} stage, an init process from an {@code init}
 * stage, and a {@code runtime} stage with the production dependencies, the build output, a numeric non-root
 * user and exec-form ENTRYPOINT and CMD. npm, yarn (classic and berry), pnpm and bun; slim, alpine and
 * distroless; BuildKit, buildah and the legacy builder.
 *
 * <pre>{@code
 * NodeProject project = (NodeProject) ProjectDetector.detect(Path.of("shop"));
 * NodeTemplate template = NodeTemplate.of(project, TemplateOptions.builder().port(3000).build());
 * Dockerfile dockerfile = template.dockerfile();
 * String ignore = template.dockerignore();
 * }</pre>
 */
public final class NodeTemplate {
  private static final String APP = "/app";

  private final NodeProject project;
  private final TemplateOptions options;
  private final RuntimeFlavor flavor;
  private final BuildSteps steps;
  private final String nodeVersion;
  private final InitProcess init;
  private final List<String> command;

  private NodeTemplate(NodeProject project, TemplateOptions options) {
    this.project = Objects.requireNonNull(project, "project");
    this.options = Objects.requireNonNull(options, "options");
    this.flavor = options.flavorFor(Language.NODE);
    this.steps = new BuildSteps(options.target());
    this.nodeVersion = options.languageVersion() == null
        ? project.nodeVersion()
        : LanguageVersions.node(options.languageVersion());
    this.init = options.init() == null ? InitProcess.TINI : options.init();
    if (init == InitProcess.DUMB_INIT && flavor == RuntimeFlavor.ALPINE) {
      throw new IllegalArgumentException(
          "dumb-init from Debian is linked against glibc and does not run on alpine: use tini");
    }
    if (options.npmTokenSecret() != null && options.target() == BuilderTarget.LEGACY) {
      throw new IllegalArgumentException(
          "the legacy builder has no secret mounts, so an npm token cannot reach the install safely: "
              + "use buildkit or buildah");
    }
    if (options.runTests() && !project.testScript()) {
      throw new IllegalArgumentException("tests were asked for, but package.json has no test script");
    }
    this.command = options.command() != null ? options.command() : project.command();
    if (command == null) {
      throw new IllegalArgumentException("no start command: package.json has no \"node ...\" start script and no"
          + " main, and no index.js, server.js or app.js exists; set TemplateOptions.command");
    }
  }

  /**
   * The template for the project with the options.
   *
   * @param project the Node project
   * @param options the template options
   * @return the template
   */
  public static NodeTemplate of(NodeProject project, TemplateOptions options) {
    return new NodeTemplate(project, options);
  }

  /**
   * The Dockerfile model; customise it with the model's {@code with...} methods, or use {@link #writeTo}.
   *
   * @return the model of the whole file
   */
  public Dockerfile dockerfile() {
    DockerfileBuilder file = DockerfileBuilder.create();
    writeTo(file);
    return file.build();
  }

  /**
   * Writes the syntax directive and the stages into an empty builder, and returns the stages so that the
   * caller can go on with the DSL.
   *
   * @param file an empty builder
   * @return the stages written, by name
   */
  public TemplateStages writeTo(DockerfileBuilder file) {
    Map<String, StageBuilder> stages = new LinkedHashMap<>();
    file.syntax("docker/dockerfile:1");
    String buildImage = flavor == RuntimeFlavor.ALPINE
        ? BaseImages.nodeAlpine(nodeVersion)
        : BaseImages.nodeSlim(nodeVersion);

    StageBuilder deps = file.stage("deps", BaseImages.ref(buildImage, options))
        .leadingComment("Production dependencies only: the runtime copies this stage's /app.");
    installStage(deps, true);
    stages.put("deps", deps);

    boolean tests = options.runTests();
    StageBuilder build = null;
    if (project.buildScript() || tests) {
      build = file.stage("build", BaseImages.ref(buildImage, options))
          .leadingComment(project.buildScript()
              ? "Every dependency and the build; only the build output ships."
              : "Every dependency and the tests; nothing of this stage ships.");
      installStage(build, false);
      build.copy(".", ".");
      List<String> commands = new ArrayList<>();
      if (project.buildScript()) {
        commands.add(scriptCommand("build"));
      }
      if (tests) {
        commands.add(testCommand());
      }
      build.run(BuildSteps.chain(commands));
      stages.put("build", build);
    }

    StageBuilder initStage = null;
    if (init != InitProcess.NONE) {
      String initImage = BaseImages.nodeSlim(nodeVersion);
      initStage = file.stage("init", BaseImages.ref(initImage, options))
          .leadingComment(init == InitProcess.TINI
              ? "tini, statically linked, to run as PID 1 and pass signals on to node."
              : "dumb-init, to run as PID 1 and pass signals on to node.")
          .run(BuildSteps.aptInstall(init == InitProcess.TINI ? BaseImages.TINI_PACKAGE : BaseImages.DUMB_INIT_PACKAGE));
      stages.put("init", initStage);
    }

    String runtimeImage = switch (flavor) {
      case ALPINE -> BaseImages.nodeAlpine(nodeVersion);
      case DISTROLESS -> BaseImages.nodeDistroless(nodeVersion);
      default -> BaseImages.nodeSlim(nodeVersion);
    };
    StageBuilder runtime = file.stage("runtime", BaseImages.ref(runtimeImage, options))
        .leadingComment("The image: production dependencies and the app, owned by root, run by an unprivileged user.");
    OciLabels.write(runtime, project.metadata(), runtimeImage, options);
    runtime.env("NODE_ENV", "production").workdir(APP);
    if (initStage != null) {
      runtime.copy(init == InitProcess.TINI
          ? Copy.from(initStage).paths("/usr/bin/tini-static").to("/usr/bin/tini")
          : Copy.from(initStage).paths("/usr/bin/dumb-init").to("/usr/bin/dumb-init"));
    }
    runtime.copy(Copy.from(deps).paths(APP).to("./"));
    String packageDir = project.workspace() == null ? "" : project.workspace().directory() + "/";
    if (project.buildScript()) {
      String output = packageDir + project.buildOutput();
      runtime.copy(Copy.from(build).paths(APP + "/" + output).to("./" + output));
    } else {
      runtime.copy(".", ".");
      if (build != null) {
        runtime.comment("From the build stage, so that its tests must pass before this image is made.")
            .copy(Copy.from(build).paths(APP + "/" + packageDir + "package.json").to("./" + packageDir));
      }
    }
    if (project.workspace() != null) {
      runtime.workdir(APP + "/" + project.workspace().directory());
    }
    int uid = flavor == RuntimeFlavor.DISTROLESS ? 65532 : 1000;
    runtime.user(UserSpec.of(uid, uid));
    if (options.port() != null) {
      runtime.expose(options.port());
    }
    if (options.healthcheck() != null) {
      runtime.healthcheck(options.healthcheck());
    }
    List<String> program = new ArrayList<>(command);
    if (flavor == RuntimeFlavor.DISTROLESS && program.get(0).equals("node")) {
      program.set(0, "/nodejs/bin/node");
    }
    if (init == InitProcess.NONE) {
      runtime.entrypoint(program.toArray(String[]::new));
    } else {
      runtime.entrypoint(init == InitProcess.TINI ? "/usr/bin/tini" : "/usr/bin/dumb-init", "--")
          .cmd(program.toArray(String[]::new));
    }
    stages.put("runtime", runtime);
    return new TemplateStages(stages);
  }

  // WORKDIR, the package manager itself, the manifests, the install.
  private void installStage(StageBuilder stage, boolean production) {
    stage.workdir(APP);
    PackageManager pm = project.packageManager();
    if (pm == PackageManager.PNPM || (pm == PackageManager.YARN_BERRY && !project.yarnPath())) {
      String name = pm == PackageManager.PNPM ? "pnpm" : "yarn";
      String version = project.packageManagerVersion() != null
          ? project.packageManagerVersion()
          : pm == PackageManager.PNPM ? BaseImages.PNPM_VERSION : BaseImages.YARN_BERRY_VERSION;
      stage.run("corepack enable && corepack prepare " + name + "@" + version + " --activate");
    } else if (pm == PackageManager.BUN) {
      String version = project.packageManagerVersion() != null ? project.packageManagerVersion() : BaseImages.BUN_VERSION;
      stage.run(steps.cached(List.of("/root/.npm"), "npm cache clean --force", List.of(),
          "npm install -g bun@" + version));
    }
    if (pm == PackageManager.YARN_BERRY && project.yarnNodeModules()) {
      stage.instruction(new EnvInstruction(List.of(new KeyValue("YARN_NODE_LINKER", Value.literal("node-modules")))));
    }
    copyManifests(stage);
    stage.run(steps.cached(List.of(cacheDir(pm)), cacheCleanup(pm), secretMounts(),
        installCommand(pm, production)));
  }

  // Manifests grouped by directory, one COPY per directory, the root first; directories are copied whole.
  private void copyManifests(StageBuilder stage) {
    Map<String, List<String>> byDir = new LinkedHashMap<>();
    List<String> all = new ArrayList<>(project.manifests());
    if (project.npmrc() && options.npmTokenSecret() != null && options.target() == BuilderTarget.BUILDKIT) {
      all.add(1, ".npmrc");
    }
    for (String path : all) {
      if (path.endsWith("/")) {
        byDir.put(path, null);
        continue;
      }
      int slash = path.lastIndexOf('/');
      String dir = slash < 0 ? "" : path.substring(0, slash + 1);
      byDir.computeIfAbsent(dir, d -> new ArrayList<>()).add(path);
    }
    for (Map.Entry<String, List<String>> e : byDir.entrySet()) {
      if (e.getValue() == null) {
        stage.copy(e.getKey(), "./" + e.getKey());
      } else {
        List<String> args = new ArrayList<>(e.getValue());
        args.add(e.getKey().isEmpty() ? "./" : "./" + e.getKey());
        stage.copy(args.toArray(String[]::new));
      }
    }
  }

  private List<Mount> secretMounts() {
    if (options.npmTokenSecret() == null) {
      return List.of();
    }
    return List.of(options.target() == BuilderTarget.BUILDKIT
        ? Mount.secret(options.npmTokenSecret()).withEnv("NPM_TOKEN")
        : Mount.secret(options.npmTokenSecret()).withTarget("/root/.npmrc"));
  }

  private String installCommand(PackageManager pm, boolean production) {
    NodeWorkspace ws = project.workspace();
    switch (pm) {
      case NPM: {
        String filter = ws == null ? "" : " --workspace=" + ws.name() + (production ? "" : " --include-workspace-root");
        return "npm ci" + (production ? " --omit=dev" : "") + " --no-audit --no-fund" + filter;
      }
      case YARN_CLASSIC:
        // Yarn 1 cannot install one workspace alone: it installs them all.
        return "yarn install --frozen-lockfile" + (production ? " --production" : "");
      case YARN_BERRY:
        if (ws != null) {
          return "yarn workspaces focus " + ws.name() + (production ? " --production" : "");
        }
        return production ? "yarn workspaces focus --all --production" : "yarn install --immutable";
      case PNPM:
        return "pnpm install --frozen-lockfile" + (production ? " --prod" : "")
            + (ws == null ? "" : " --filter=" + ws.name() + "...");
      default:
        return "bun install --frozen-lockfile" + (production ? " --production" : "");
    }
  }

  private static String cacheDir(PackageManager pm) {
    return switch (pm) {
      case NPM -> "/root/.npm";
      case YARN_CLASSIC -> "/usr/local/share/.cache/yarn";
      case YARN_BERRY -> "/root/.yarn/berry/cache";
      case PNPM -> "/root/.local/share/pnpm/store";
      default -> "/root/.bun/install/cache";
    };
  }

  private static String cacheCleanup(PackageManager pm) {
    return switch (pm) {
      case NPM -> "npm cache clean --force";
      case YARN_CLASSIC -> "yarn cache clean";
      case YARN_BERRY -> "yarn cache clean --all";
      case PNPM -> "pnpm store prune";
      default -> "rm -rf /root/.bun/install/cache";
    };
  }

  private String scriptCommand(String script) {
    NodeWorkspace ws = project.workspace();
    return switch (project.packageManager()) {
      case NPM -> "npm run " + script + (ws == null ? "" : " --workspace=" + ws.name());
      case YARN_CLASSIC, YARN_BERRY -> ws == null ? "yarn run " + script : "yarn workspace " + ws.name() + " run " + script;
      case PNPM -> ws == null ? "pnpm run " + script : "pnpm --filter=" + ws.name() + " run " + script;
      default -> ws == null ? "bun run " + script : "bun run --filter=" + ws.name() + " " + script;
    };
  }

  private String testCommand() {
    // "bun test" would run bun's own test runner, not the test script.
    return project.packageManager() == PackageManager.NPM && project.workspace() == null
        ? "npm test"
        : scriptCommand("test");
  }

  /**
   * The {@code .dockerignore} that goes with this Dockerfile.
   *
   * @return the patterns, one per line
   */
  public String dockerignore() {
    StringBuilder sb = new StringBuilder();
    sb.append("# Keeps the build context small and free of local installs, builds and secrets.\n");
    sb.append(".git\n");
    sb.append("**/node_modules\n");
    sb.append("**/npm-debug.log*\n");
    sb.append("**/yarn-debug.log*\n");
    sb.append("**/yarn-error.log*\n");
    if (project.packageManager() == PackageManager.YARN_BERRY) {
      sb.append(".yarn/cache\n");
      sb.append(".yarn/install-state.gz\n");
      sb.append(".pnp.*\n");
    }
    if (project.packageManager() == PackageManager.PNPM) {
      sb.append(".pnpm-store\n");
    }
    if (project.buildScript()) {
      String packageDir = project.workspace() == null ? "" : project.workspace().directory() + "/";
      sb.append(packageDir).append(project.buildOutput()).append('\n');
    }
    sb.append("coverage\n");
    sb.append(".nyc_output\n");
    sb.append(".env\n");
    sb.append(".env.*\n");
    if (!(options.npmTokenSecret() != null && options.target() == BuilderTarget.BUILDKIT)) {
      sb.append(".npmrc\n");
    }
    sb.append("Dockerfile*\n");
    sb.append(".dockerignore\n");
    return sb.toString();
  }

  /** The Node version the images use. */
  String nodeVersion() {
    return nodeVersion;
  }

}
