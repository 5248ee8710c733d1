package dev.dockwright.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dockwright.dsl.Copy;
import dev.dockwright.dsl.DockerfileBuilder;
import dev.dockwright.model.BuilderTarget;
import dev.dockwright.model.Dockerfile;
import dev.dockwright.model.Stage;
import dev.dockwright.render.DockerfileRenderer;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplatesTest {

  @Test
  void aHandMadeGoProjectWithoutDetection() {
    Dockerfile file = GoTemplate.of(GoProject.of("example.com/shop", "./cmd/api"),
        TemplateOptions.builder().port(8080).build()).dockerfile();
    assertThat(DockerfileRenderer.defaults().render(file)).isEqualTo("""
        # syntax=docker/dockerfile:1
        # A static, stripped binary; modules are downloaded before the sources are copied.
        FROM golang:1.23.4-bookworm AS build
        WORKDIR /src
        ENV CGO_ENABLED=0
        COPY go.mod go.sum ./
        RUN --mount=type=cache,target=/go/pkg/mod go mod download
        COPY . .
        RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build go build -trimpath -ldflags="-s -w" -o /out/api ./cmd/api

        # The image: the binary on distroless static (CA certificates, tzdata, /etc/passwd).
        FROM gcr.io/distroless/static-debian12:nonroot AS runtime
        LABEL org.opencontainers.image.base.name=gcr.io/distroless/static-debian12:nonroot
        COPY --from=build /out/api /usr/local/bin/api
        USER 65532:65532
        EXPOSE 8080
        ENTRYPOINT ["/usr/local/bin/api"]
        """);
  }

  @Test
  void theModelCanBeChangedAfterwards() {
    Dockerfile file = NodeTemplate.of(NodeProject.of(PackageManager.NPM, List.of("node", "server.js")),
        TemplateOptions.builder().init(InitProcess.NONE).build()).dockerfile();
    assertThat(file.stages()).extracting(s -> s.name().orElseThrow()).containsExactly("deps", "runtime");
    Stage runtime = file.stage("runtime").orElseThrow();
    Dockerfile withoutLabels = file.withStages(List.of(file.stages().get(0), runtime.withBody(runtime.body().stream()
        .filter(e -> !(e instanceof dev.dockwright.model.LabelInstruction)).toList())));
    assertThat(DockerfileRenderer.defaults().render(withoutLabels)).endsWith("""
        FROM node:22.12.0-bookworm-slim AS runtime
        ENV NODE_ENV=production
        WORKDIR /app
        COPY --from=deps /app ./
        COPY . .
        USER 1000:1000
        ENTRYPOINT ["node", "server.js"]
        """);
  }

  @Test
  void theDslGoesOnWhereTheTemplateStops() {
    DockerfileBuilder file = DockerfileBuilder.create();
    TemplateStages stages = GoTemplate.of(GoProject.of("example.com/hello", "."),
        TemplateOptions.builder().flavor(RuntimeFlavor.SCRATCH).build()).writeTo(file);
    assertThat(stages.names()).containsExactly("build", "runtime");
    stages.stage("build").run("go vet ./...");
    stages.runtime()
        .copy(Copy.from(stages.stage("build")).paths("/usr/share/zoneinfo").to("/usr/share/zoneinfo"))
        .env("TZ", "Europe/Berlin");
    assertThat(file.render()).isEqualTo("""
        # syntax=docker/dockerfile:1
        # A static, stripped binary; modules are downloaded before the sources are copied.
        FROM golang:1.23.4-bookworm AS build
        WORKDIR /src
        ENV CGO_ENABLED=0
        COPY go.mod go.sum ./
        RUN --mount=type=cache,target=/go/pkg/mod go mod download
        COPY . .
        RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build go build -trimpath -ldflags="-s -w" -o /out/hello .
        RUN go vet ./...

        # The image: the binary and CA certificates, nothing else.
        FROM scratch AS runtime
        COPY --from=build /etc/ssl/certs/ca-certificates.crt /etc/ssl/certs/ca-certificates.crt
        COPY --from=build /out/hello /usr/local/bin/hello
        USER 65532:65532
        ENTRYPOINT ["/usr/local/bin/hello"]
        COPY --from=build /usr/share/zoneinfo /usr/share/zoneinfo
        ENV TZ=Europe/Berlin
        """);
  }

  @Test
  void forProjectGivesTheProjectTheModelAndTheDockerignore() {
    GeneratedDockerfile generated = Templates.forProject(Fixtures.project("go-root"), TemplateOptions.defaults());
    assertThat(generated.project()).isInstanceOf(GoProject.class);
    assertThat(generated.dockerfile().stages()).hasSize(2);
    assertThat(generated.render()).startsWith("# syntax=docker/dockerfile:1\n");
    assertThat(generated.dockerignore()).contains(".git\n");
  }

  @Test
  void pythonTestsStayOutOfTheContextUnlessTheBuildRunsThem() {
    // The runtime copies the sources with COPY . .: without this, tests/ shipped in the image (a real build of
    // examples/apps/python-app showed /app/tests there).
    String withoutTests = Templates.forProject(Fixtures.project("python-stdlib"), TemplateOptions.defaults()).dockerignore();
    assertThat(withoutTests.lines()).contains("tests");
    String withTests = Templates.forProject(Fixtures.project("python-stdlib"),
        TemplateOptions.builder().runTests(true).build()).dockerignore();
    assertThat(withTests.lines()).doesNotContain("tests");
    PythonProject noTestDirectory = PythonProject.of(PackageManager.PIP, List.of("python", "app.py"));
    assertThat(PythonTemplate.of(noTestDirectory, TemplateOptions.defaults()).dockerignore().lines())
        .doesNotContain("tests", "test");
  }

  @Test
  void thePythonVirtualenvShipsWithoutPip() {
    // A real build of examples/apps/python-app showed pip and setuptools in /opt/venv (22 MB of a 75 MB
    // distroless image): the virtualenv is made without pip, and the builder's own pip installs into it.
    for (RuntimeFlavor flavor : List.of(RuntimeFlavor.SLIM, RuntimeFlavor.ALPINE, RuntimeFlavor.DISTROLESS)) {
      for (BuilderTarget target : BuilderTarget.values()) {
        for (String fixture : List.of("python-pip", "python-pipenv", "python-stdlib")) {
          String text = Templates.forProject(Fixtures.project(fixture),
              TemplateOptions.builder().flavor(flavor).target(target).runTests(true).build()).render();
          assertThat(text).as("%s %s %s", fixture, flavor, target)
              .contains("python3 -m venv --without-pip /opt/venv")
              .doesNotContain("python3 -m venv /opt/venv");
          assertThat(text.lines().filter(l -> l.matches(".*\\bpip install .*") && !l.contains("--target")
                  && !l.contains("/opt/pipenv/bin/pip")))
              .as("%s %s %s", fixture, flavor, target)
              .allMatch(l -> l.contains("pip --python /opt/venv/bin/python install"));
          if (flavor == RuntimeFlavor.DISTROLESS) {
            assertThat(text).contains("python3-pip=");
          }
        }
      }
    }
    // A console script: the project itself goes into the virtualenv the same way.
    PythonProject script = new PythonProject(PackageManager.PIP, "3.12.8", null, List.of(), null, List.of("serve"),
        true, null, PythonProject.TestRunner.UNITTEST, null, null, ProjectMetadata.empty(), List.of());
    assertThat(DockerfileRenderer.defaults().render(PythonTemplate.of(script, TemplateOptions.defaults()).dockerfile()))
        .contains("RUN python3 -m venv --without-pip /opt/venv\n")
        .contains("pip --python /opt/venv/bin/python install .\n");
  }

  @Test
  void unknownStage() {
    TemplateStages stages = NodeTemplate.of(NodeProject.of(PackageManager.NPM, List.of("node", "a.js")).withBuildScript("dist"),
        TemplateOptions.defaults()).writeTo(DockerfileBuilder.create());
    assertThatThrownBy(() -> stages.stage("test"))
        .hasMessage("no stage \"test\": the template wrote [deps, build, init, runtime]");
  }

  @Test
  void flavourThatIsNotForTheLanguage() {
    TemplateOptions scratch = TemplateOptions.builder().flavor(RuntimeFlavor.SCRATCH).build();
    assertThatThrownBy(() -> Templates.forProject(Fixtures.project("node-bun"), scratch))
        .hasMessage("the scratch flavour is not for node (expected slim, alpine or distroless)");
    TemplateOptions alpine = TemplateOptions.builder().flavor(RuntimeFlavor.ALPINE).build();
    assertThatThrownBy(() -> Templates.forProject(Fixtures.project("go-root"), alpine))
        .hasMessage("the alpine flavour is not for go (expected scratch or distroless)");
  }

  @Test
  void legacyBuilderCannotPassAnNpmToken() {
    TemplateOptions options = TemplateOptions.builder().target(BuilderTarget.LEGACY).npmTokenSecret("npm_token").build();
    assertThatThrownBy(() -> Templates.forProject(Fixtures.project("node-npm"), options))
        .hasMessage("the legacy builder has no secret mounts, so an npm token cannot reach the install safely:"
            + " use buildkit or buildah");
  }

  @Test
  void dumbInitIsNotForAlpine() {
    TemplateOptions options = TemplateOptions.builder().flavor(RuntimeFlavor.ALPINE).init(InitProcess.DUMB_INIT).build();
    assertThatThrownBy(() -> Templates.forProject(Fixtures.project("node-bun"), options))
        .hasMessage("dumb-init from Debian is linked against glibc and does not run on alpine: use tini");
  }

  @Test
  void distrolessHasOnlySomeNodeVersions() {
    TemplateOptions options = TemplateOptions.builder().flavor(RuntimeFlavor.DISTROLESS).languageVersion("18").build();
    assertThatThrownBy(() -> Templates.forProject(Fixtures.project("node-bun"), options))
        .hasMessage("distroless has no image for Node 18 (nodejs20 and nodejs22 exist): choose slim or alpine");
  }

  @Test
  void distrolessPythonIsDebiansPython311() {
    TemplateOptions asked = TemplateOptions.builder().flavor(RuntimeFlavor.DISTROLESS).languageVersion("3.12").build();
    assertThatThrownBy(() -> Templates.forProject(Fixtures.project("python-stdlib"), asked))
        .hasMessage("the distroless runtime has Python 3.11 (gcr.io/distroless/python3-debian12:nonroot), but the"
            + " project asks for 3.12.8: choose the slim or alpine flavour");
    PythonProject needs312 = new PythonProject(PackageManager.PIP, "3.12.8", ">=3.12", List.of(), null,
        List.of("python", "-m", "app"), false, null, PythonProject.TestRunner.UNITTEST, null, null,
        ProjectMetadata.empty(), List.of());
    assertThatThrownBy(() -> PythonTemplate.of(needs312, TemplateOptions.builder().flavor(RuntimeFlavor.DISTROLESS).build()))
        .hasMessage("the distroless runtime has Python 3.11 (gcr.io/distroless/python3-debian12:nonroot), but the"
            + " project asks for >=3.12: choose the slim or alpine flavour");
  }

  @Test
  void noStartCommand() {
    assertThatThrownBy(() -> Templates.forProject(Fixtures.project("node-workspaces-pnpm"), TemplateOptions.defaults()))
        .hasMessage("no start command: package.json has no \"node ...\" start script and no main, and no index.js,"
            + " server.js or app.js exists; set TemplateOptions.command");
    assertThatThrownBy(() -> PythonTemplate.of(PythonProject.of(PackageManager.UV, null), TemplateOptions.defaults()))
        .hasMessage("no start command: no [project.scripts], no package with __main__.py, no ASGI or WSGI app and"
            + " no main.py or app.py found; set TemplateOptions.command");
  }

  @Test
  void testsAskedForWithoutATestScript() {
    assertThatThrownBy(() -> Templates.forProject(Fixtures.project("node-yarn-berry"),
        TemplateOptions.builder().runTests(true).build()))
        .hasMessage("tests were asked for, but package.json has no test script");
  }

  @Test
  void commandFromTheOptions() {
    String text = Templates.forProject(Fixtures.project("node-workspaces-pnpm"),
        TemplateOptions.builder().command("node", "tools/serve.js").build()).render();
    assertThat(text).endsWith("CMD [\"node\", \"tools/serve.js\"]\n");
  }

  @Test
  void versionsFromTheOptions() {
    assertThat(Templates.forProject(Fixtures.project("go-root"), TemplateOptions.builder().languageVersion("1.22").build())
        .render()).contains("FROM golang:1.22.10-bookworm AS build\n");
    assertThat(Templates.forProject(Fixtures.project("node-bun"), TemplateOptions.builder().languageVersion("v20.11.1").build())
        .render()).contains("FROM node:20.11.1-bookworm-slim AS deps\n");
    assertThatThrownBy(() -> Templates.forProject(Fixtures.project("node-bun"),
        TemplateOptions.builder().languageVersion("16").build()))
        .hasMessage("no pinned Node image for \"16\" (known majors: [18, 20, 22, 23]): give a full version such as 20.18.1");
    assertThatThrownBy(() -> Templates.forProject(Fixtures.project("python-stdlib"),
        TemplateOptions.builder().languageVersion("2.7").build()))
        .hasMessage("no pinned Python image for \"2.7\" (known: [3.10, 3.11, 3.12, 3.13, 3.9]): give a full version such as 3.12.8");
    assertThatThrownBy(() -> Templates.forProject(Fixtures.project("go-root"),
        TemplateOptions.builder().languageVersion("1.20").build()))
        .hasMessage("no pinned Go image for \"1.20\" (known: [1.21, 1.22, 1.23]): give a full version such as 1.23.4");
  }

  @Test
  void optionChecks() {
    assertThatThrownBy(() -> TemplateOptions.builder().port(70000))
        .hasMessage("not a valid port: 70000");
    assertThatThrownBy(() -> TemplateOptions.builder().digest("node:22.12.0-bookworm-slim", "sha256:abc").build())
        .hasMessage("not a sha256 digest for node:22.12.0-bookworm-slim: \"sha256:abc\"");
    assertThatThrownBy(() -> TemplateOptions.builder().npmTokenSecret("npm token").build())
        .hasMessage("not a valid secret id: \"npm token\"");
    assertThatThrownBy(() -> TemplateOptions.builder().command().build())
        .hasMessage("command is empty");
    assertThatThrownBy(() -> RuntimeFlavor.parse("tiny"))
        .hasMessage("not a runtime flavour: \"tiny\" (expected slim, alpine, distroless or scratch)");
    assertThat(Language.parseTemplate(" Go ")).contains(Language.GO);
    assertThat(Language.parseTemplate("AUTO")).isEmpty();
    assertThatThrownBy(() -> Language.parseTemplate("rust"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a template: \"rust\" (expected node, python, go or auto)");
    TemplateOptions options = TemplateOptions.builder().port(3000).label("a", "b").build();
    assertThat(options.toBuilder().build()).isEqualTo(options);
  }

  @Test
  void projectChecks() {
    assertThatThrownBy(() -> NodeProject.of(PackageManager.PIP, List.of("node")))
        .hasMessage("not a Node package manager: pip");
    assertThatThrownBy(() -> GoProject.of("example.com/x", "cmd/x"))
        .hasMessage("not a main package path: \"cmd/x\" (expected . or ./dir)");
    assertThatThrownBy(() -> new NodeWorkspace("x", "../x"))
        .hasMessage("not a workspace directory: \"../x\"");
  }
}
