package dev.dockwright.templates;

import dev.dockwright.dsl.Copy;
import dev.dockwright.dsl.DockerfileBuilder;
import dev.dockwright.dsl.StageBuilder;
import dev.dockwright.model.Dockerfile;
import dev.dockwright.model.UserSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A multi-stage Dockerfile for a Go module: a {@code build} stage that downloads the modules before the
 * sources are copied and builds a static ({@code CGO_ENABLED=0}), trimmed, stripped binary with the module
 * and build caches mounted, optionally after {@code go test ./...}; and a {@code runtime} stage from
 * distroless static or scratch with CA certificates, the binary owned by root, and user 65532.
 *
 * <pre>{@code
 * GoProject project = (GoProject) ProjectDetector.detect(Path.of("svc"));
 * Dockerfile dockerfile = GoTemplate.of(project, TemplateOptions.builder().port(8080).build()).dockerfile();
 * }</pre>
 */
public final class GoTemplate {
  private final GoProject project;
  private final TemplateOptions options;
  private final RuntimeFlavor flavor;
  private final BuildSteps steps;
  private final String goVersion;

  private GoTemplate(GoProject project, TemplateOptions options) {
    this.project = Objects.requireNonNull(project, "project");
    this.options = Objects.requireNonNull(options, "options");
    this.flavor = options.flavorFor(Language.GO);
    this.steps = new BuildSteps(options.target());
    this.goVersion = options.languageVersion() == null
        ? project.goVersion()
        : LanguageVersions.go(options.languageVersion());
  }

  /**
   * The template for the project with the options.
   *
   * @param project the Go project
   * @param options the template options
   * @return the template
   */
  public static GoTemplate of(GoProject project, TemplateOptions options) {
    return new GoTemplate(project, options);
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
    String binary = "/out/" + project.binaryName();
    StageBuilder build = file.stage("build", BaseImages.ref(BaseImages.golang(goVersion), options))
        .leadingComment("A static, stripped binary; modules are downloaded before the sources are copied.")
        .workdir("/src")
        .env("CGO_ENABLED", "0");
    if (project.goSum()) {
      build.copy("go.mod", "go.sum", "./");
    } else {
      build.copy("go.mod", "./");
    }
    if (!project.vendored()) {
      build.run(steps.cached(List.of("/go/pkg/mod"), null, List.of(), "go mod download"));
    }
    build.copy(".", ".");
    List<String> commands = new ArrayList<>();
    if (options.runTests()) {
      commands.add("go test ./...");
    }
    commands.add("go build -trimpath -ldflags=\"-s -w\" -o " + binary + " " + project.mainPackage());
    build.run(steps.cached(List.of("/go/pkg/mod", "/root/.cache/go-build"), null, List.of(),
        commands.toArray(String[]::new)));
    stages.put("build", build);

    String runtimeImage = flavor == RuntimeFlavor.SCRATCH ? "scratch" : BaseImages.GO_DISTROLESS;
    StageBuilder runtime = file.stage("runtime", BaseImages.ref(runtimeImage, options))
        .leadingComment(flavor == RuntimeFlavor.SCRATCH
            ? "The image: the binary and CA certificates, nothing else."
            : "The image: the binary on distroless static (CA certificates, tzdata, /etc/passwd).");
    OciLabels.write(runtime, project.metadata(), runtimeImage, options);
    if (flavor == RuntimeFlavor.SCRATCH) {
      runtime.copy(Copy.from(build).paths("/etc/ssl/certs/ca-certificates.crt").to("/etc/ssl/certs/ca-certificates.crt"));
    }
    String installed = "/usr/local/bin/" + project.binaryName();
    runtime.copy(Copy.from(build).paths(binary).to(installed))
        .user(UserSpec.of(65532, 65532));
    if (options.port() != null) {
      runtime.expose(options.port());
    }
    if (options.healthcheck() != null) {
      runtime.healthcheck(options.healthcheck());
    }
    if (options.command() != null) {
      runtime.entrypoint(options.command().toArray(String[]::new));
    } else {
      runtime.entrypoint(installed);
    }
    stages.put("runtime", runtime);
    return new TemplateStages(stages);
  }

  /**
   * The {@code .dockerignore} that goes with this Dockerfile.
   *
   * @return the patterns, one per line
   */
  public String dockerignore() {
    return """
        # Keeps the build context small and free of local builds and secrets.
        .git
        bin
        **/*.test
        **/*.out
        coverage.*
        .env
        .env.*
        Dockerfile*
        .dockerignore
        """;
  }
}
