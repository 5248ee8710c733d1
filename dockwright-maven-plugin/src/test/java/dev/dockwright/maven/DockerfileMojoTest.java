package dev.dockwright.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dockwright.dsl.DockerfileBuilder;
import dev.dockwright.model.BuilderTarget;
import dev.dockwright.model.Dockerfile;
import dev.dockwright.render.DockerfileRenderer;
import dev.dockwright.templates.InitProcess;
import dev.dockwright.templates.RuntimeFlavor;
import dev.dockwright.templates.TemplateOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerfileMojoTest {
  private static final ClassLoader LOADER = DockerfileMojoTest.class.getClassLoader();
  private static final String PREFIX = DockerfileMojoTest.class.getName() + "$";

  public static final class Images {
    public static Dockerfile dockerfile() {
      DockerfileBuilder file = DockerfileBuilder.create();
      file.stage("app", "alpine:3.20").workdir("/app").user(10001);
      return file.build();
    }

    public static String text() {
      return "FROM alpine:3.20\n";
    }

    public Dockerfile instance() {
      return dockerfile();
    }

    public static Dockerfile fails() {
      throw new IllegalStateException("no base image configured");
    }

    public static Dockerfile nothing() {
      return null;
    }
  }

  @Test
  void callsThePublicStaticMethod() throws MojoExecutionException {
    Dockerfile file = DockerfileMojo.call(LOADER, PREFIX + "Images", "dockerfile");
    assertThat(DockerfileRenderer.defaults().render(file)).isEqualTo("""
        FROM alpine:3.20 AS app
        WORKDIR /app
        USER 10001
        """);
  }

  @Test
  void aMissingClassIsNamed() {
    assertThatThrownBy(() -> DockerfileMojo.call(LOADER, "com.example.Missing", "dockerfile"))
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("Dockwright: class com.example.Missing not found in the project's classes or dependencies"
            + " (is it compiled before this goal's phase?)");
  }

  @Test
  void aMissingMethodIsNamed() {
    assertThatThrownBy(() -> DockerfileMojo.call(LOADER, PREFIX + "Images", "image"))
        .hasMessage("Dockwright: " + PREFIX + "Images has no public static method image() returning"
            + " dev.dockwright.model.Dockerfile");
  }

  @Test
  void aMethodOfTheWrongTypeIsShown() {
    assertThatThrownBy(() -> DockerfileMojo.call(LOADER, PREFIX + "Images", "text"))
        .hasMessage("Dockwright: " + PREFIX + "Images has no public static method text() returning"
            + " dev.dockwright.model.Dockerfile (found public static java.lang.String " + PREFIX + "Images.text())");
    assertThatThrownBy(() -> DockerfileMojo.call(LOADER, PREFIX + "Images", "instance"))
        .hasMessage("Dockwright: " + PREFIX + "Images has no public static method instance() returning"
            + " dev.dockwright.model.Dockerfile (found public dev.dockwright.model.Dockerfile " + PREFIX
            + "Images.instance())");
  }

  @Test
  void aClassThatIsNotPublicIsSaidSo() {
    String hidden = "dev.dockwright.maven.sample.Hidden";
    assertThatThrownBy(() -> DockerfileMojo.call(LOADER, hidden, "dockerfile"))
        .hasMessage("Dockwright: " + hidden + " has no public static method dockerfile() returning"
            + " dev.dockwright.model.Dockerfile (" + hidden + " is not public)");
  }

  @Test
  void whatTheMethodThrowsIsReported() {
    assertThatThrownBy(() -> DockerfileMojo.call(LOADER, PREFIX + "Images", "fails"))
        .hasMessage("Dockwright: " + PREFIX + "Images.fails() threw java.lang.IllegalStateException:"
            + " no base image configured")
        .hasCauseInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> DockerfileMojo.call(LOADER, PREFIX + "Images", "nothing"))
        .hasMessage("Dockwright: " + PREFIX + "Images.nothing() returned null");
  }

  @Test
  void templateOptionsFromThePom() throws MojoExecutionException {
    DockerfileMojo mojo = mojo();
    mojo.target = "Buildah";
    mojo.flavor = "distroless";
    mojo.port = 8080;
    mojo.init = "dumb-init";
    mojo.command = List.of("node", "server.js");
    mojo.languageVersion = "22.12.0";
    mojo.digests = List.of("node:22.12.0-bookworm-slim@sha256:" + "ab".repeat(32));
    mojo.labels = Map.of("org.opencontainers.image.vendor", "Example", "com.example.team", "web");
    mojo.workspace = "apps/web";
    TemplateOptions options = mojo.templateOptions();
    assertThat(options.target()).isEqualTo(BuilderTarget.BUILDAH);
    assertThat(options.flavor()).isEqualTo(RuntimeFlavor.DISTROLESS);
    assertThat(options.port()).isEqualTo(8080);
    assertThat(options.init()).isEqualTo(InitProcess.DUMB_INIT);
    assertThat(options.command()).containsExactly("node", "server.js");
    assertThat(options.languageVersion()).isEqualTo("22.12.0");
    assertThat(options.digests()).containsExactly(
        Map.entry("node:22.12.0-bookworm-slim", "sha256:" + "ab".repeat(32)));
    assertThat(options.labels()).containsExactly(Map.entry("com.example.team", "web"),
        Map.entry("org.opencontainers.image.vendor", "Example"));
    assertThat(options.workspace()).isEqualTo("apps/web");
    assertThat(options.mainPackage()).isNull();
    assertThat(options.npmTokenSecret()).isNull();
  }

  @Test
  void unsetOptionsAreTheTemplatesDefaults() throws MojoExecutionException {
    assertThat(mojo().templateOptions()).isEqualTo(TemplateOptions.defaults());
  }

  @Test
  void badOptionsSayWhatIsExpected() {
    DockerfileMojo flavor = mojo();
    flavor.flavor = "tiny";
    assertThatThrownBy(flavor::templateOptions)
        .hasMessage("Dockwright: not a flavor: \"tiny\" (expected slim, alpine, distroless or scratch)");
    DockerfileMojo init = mojo();
    init.init = "systemd";
    assertThatThrownBy(init::templateOptions)
        .hasMessage("Dockwright: not an init process: \"systemd\" (expected tini, dumb-init or none)");
    DockerfileMojo target = mojo();
    target.target = "podman";
    assertThatThrownBy(target::templateOptions)
        .hasMessage("Dockwright: not a builder target: \"podman\" (expected buildkit, buildah or legacy)");
    DockerfileMojo digest = mojo();
    digest.digests = List.of("node:22-slim");
    assertThatThrownBy(digest::templateOptions)
        .hasMessage("Dockwright: not IMAGE@sha256:DIGEST: \"node:22-slim\"");
    DockerfileMojo port = mojo();
    port.port = 70000;
    assertThatThrownBy(port::templateOptions).isInstanceOf(MojoExecutionException.class)
        .hasMessageStartingWith("Dockwright: ");
  }

  // The defaults Maven would inject.
  private static DockerfileMojo mojo() {
    DockerfileMojo mojo = new DockerfileMojo();
    mojo.target = "buildkit";
    mojo.template = "auto";
    mojo.classpathScope = "runtime";
    return mojo;
  }

  @Test
  void theBuildDirectoryInsideTheProjectIsIgnored() {
    String ignore = "# Keeps the build context small.\n.git\n";
    assertThat(DockerfileMojo.ignoringBuildDirectory(ignore, Path.of("/p"), Path.of("/p/target"))).isEqualTo("""
        # Keeps the build context small.
        .git
        # Maven's build output
        target
        """);
    assertThat(DockerfileMojo.ignoringBuildDirectory(ignore, Path.of("/p/web"), Path.of("/p/target")))
        .isEqualTo(ignore);
    assertThat(DockerfileMojo.ignoringBuildDirectory(ignore + "target\n", Path.of("/p"), Path.of("/p/target")))
        .isEqualTo(ignore + "target\n");
  }

  @Test
  void theIgnoreFileGoesWhereTheBuildReadsIt() {
    Path project = Path.of("/p");
    assertThat(DockerfileMojo.dockerignoreFor(Path.of("/p/Dockerfile"), project))
        .isEqualTo(Path.of("/p/.dockerignore"));
    assertThat(DockerfileMojo.dockerignoreFor(Path.of("/p/app.Dockerfile"), project))
        .isEqualTo(Path.of("/p/app.Dockerfile.dockerignore"));
    assertThat(DockerfileMojo.dockerignoreFor(Path.of("/p/target/docker/Dockerfile"), project))
        .isEqualTo(Path.of("/p/target/docker/Dockerfile.dockerignore"));
  }

  @Test
  void anUnknownClassPathScopeIsRefused(@TempDir Path dir) {
    DockerfileMojo mojo = mojo();
    mojo.dockerfileClass = "com.example.Images";
    mojo.classpathScope = "provided";
    mojo.output = dir.resolve("Dockerfile").toFile();
    assertThatThrownBy(mojo::execute)
        .hasMessage("Dockwright: not a class path scope: \"provided\" (expected runtime, compile or test)");
    assertThat(dir.resolve("Dockerfile")).doesNotExist();
  }

  @Test
  void theNamedTemplateMustBeTheProjectsKind(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("package.json"), "{\"name\": \"web\", \"scripts\": {\"start\": \"node a.js\"}}");
    Files.writeString(dir.resolve("package-lock.json"), "{\"name\": \"web\", \"lockfileVersion\": 3}");
    DockerfileMojo go = mojo();
    go.projectDirectory = dir.toFile();
    go.template = "go";
    assertThatThrownBy(go::fromTemplate).hasMessage("Dockwright: " + dir + " is a node project, not go");
    DockerfileMojo ruby = mojo();
    ruby.projectDirectory = dir.toFile();
    ruby.template = "ruby";
    assertThatThrownBy(ruby::fromTemplate)
        .hasMessage("Dockwright: not a template: \"ruby\" (expected node, python, go or auto)");
    DockerfileMojo node = mojo();
    node.projectDirectory = dir.toFile();
    node.template = " Node ";
    assertThat(node.fromTemplate().dockerfile().stages()).isNotEmpty();
  }

  @Test
  void aDirectoryWithoutAProjectSaysWhatWasLookedFor(@TempDir Path dir) {
    DockerfileMojo mojo = mojo();
    mojo.projectDirectory = dir.toFile();
    assertThatThrownBy(mojo::fromTemplate)
        .hasMessageStartingWith("Dockwright: no Node, Python or Go project in " + dir + ": looked for ");
  }
}
