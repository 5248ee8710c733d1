package dev.dockwright.dsl;

import static dev.dockwright.dsl.Rendered.stage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dockwright.model.FileMode;
import dev.dockwright.model.ImageRef;
import dev.dockwright.model.UserSpec;
import org.junit.jupiter.api.Test;

class CopyTest {

  @Test
  void sourcesAndDestination() {
    assertThat(stage(s -> s.copy("package.json", "package-lock.json", "./"))).isEqualTo("""
        FROM alpine:3.20
        COPY package.json package-lock.json ./
        """);
  }

  @Test
  void fromStage() {
    DockerfileBuilder file = DockerfileBuilder.create();
    StageBuilder build = file.stage("build", "node:22.12.0-bookworm-slim").run("npm run build");
    file.stage("app", "nginx:1.27-alpine").copy(Copy.from(build).paths("/app/dist").to("/usr/share/nginx/html"));

    assertThat(file.render()).isEqualTo("""
        FROM node:22.12.0-bookworm-slim AS build
        RUN npm run build

        FROM nginx:1.27-alpine AS app
        COPY --from=build /app/dist /usr/share/nginx/html
        """);
  }

  @Test
  void fromUnnamedStageUsesItsIndex() {
    DockerfileBuilder file = DockerfileBuilder.create();
    StageBuilder build = file.from("node:22.12.0-bookworm-slim").run("npm run build");
    file.from("nginx:1.27-alpine").copyFrom(build, "/app/dist", "/usr/share/nginx/html");

    assertThat(file.render()).isEqualTo("""
        FROM node:22.12.0-bookworm-slim
        RUN npm run build

        FROM nginx:1.27-alpine
        COPY --from=0 /app/dist /usr/share/nginx/html
        """);
  }

  @Test
  void fromImage() {
    assertThat(stage(s -> s.copy(Copy.from(ImageRef.of("busybox:1.37")).paths("/bin/busybox").to("/bin/"))))
        .isEqualTo("""
            FROM alpine:3.20
            COPY --from=busybox:1.37 /bin/busybox /bin/
            """);
  }

  @Test
  void chownUser() {
    assertThat(stage(s -> s.copy(Copy.sources(".").to("/app").chown(UserSpec.of("app"))))).isEqualTo("""
        FROM alpine:3.20
        COPY --chown=app . /app
        """);
  }

  @Test
  void chownUserAndGroup() {
    assertThat(stage(s -> s.copy(Copy.sources(".").to("/app").chown(UserSpec.of(1000, 1000))))).isEqualTo("""
        FROM alpine:3.20
        COPY --chown=1000:1000 . /app
        """);
  }

  @Test
  void chmodOctal() {
    assertThat(stage(s -> s.copy(Copy.sources("entrypoint.sh").to("/usr/local/bin/").chmod(0755)))).isEqualTo("""
        # syntax=docker/dockerfile:1
        FROM alpine:3.20
        COPY --chmod=0755 entrypoint.sh /usr/local/bin/
        """);
  }

  @Test
  void chmodSymbolic() {
    assertThat(stage(s -> s.copy(Copy.sources("app.conf").to("/etc/").chmod(FileMode.parse("u=rw,go=r")))))
        .isEqualTo("""
            # syntax=docker/dockerfile:1
            FROM alpine:3.20
            COPY --chmod=u=rw,go=r app.conf /etc/
            """);
  }

  @Test
  void link() {
    assertThat(stage(s -> s.copy(Copy.sources("dist/").to("/app/").link()))).isEqualTo("""
        # syntax=docker/dockerfile:1
        FROM alpine:3.20
        COPY --link dist/ /app/
        """);
  }

  @Test
  void parents() {
    assertThat(stage(s -> s.copy(Copy.sources("./packages/*/package.json").to("/app/").parents()))).isEqualTo("""
        # syntax=docker/dockerfile:1
        FROM alpine:3.20
        COPY --parents ./packages/*/package.json /app/
        """);
  }

  @Test
  void excludeRepeated() {
    assertThat(stage(s -> s.copy(Copy.sources(".").to("/app/").exclude("*.md").exclude("node_modules"))))
        .isEqualTo("""
            # syntax=docker/dockerfile:1
            FROM alpine:3.20
            COPY --exclude=*.md --exclude=node_modules . /app/
            """);
  }

  @Test
  void everyFlagInAFixedOrder() {
    DockerfileBuilder file = DockerfileBuilder.create();
    StageBuilder build = file.stage("build", "alpine:3.20").run("make");
    file.from("alpine:3.20").copy(Copy.from(build)
        .paths("/out/")
        .to("/app/")
        .exclude("*.o")
        .parents()
        .link()
        .chmod(0644)
        .chown(UserSpec.of(1, 2)));

    assertThat(file.render()).endsWith(
        "COPY --from=build --chown=1:2 --chmod=0644 --link --parents --exclude=*.o /out/ /app/\n");
  }

  @Test
  void jsonFormForPathsWithSpaces() {
    assertThat(stage(s -> s.copy("My Documents/report.pdf", "/data/"))).isEqualTo("""
        FROM alpine:3.20
        COPY ["My Documents/report.pdf", "/data/"]
        """);
  }

  @Test
  void jsonFormForDestinationWithSpaces() {
    assertThat(stage(s -> s.copy("report.pdf", "/data/My Documents/"))).isEqualTo("""
        FROM alpine:3.20
        COPY ["report.pdf", "/data/My Documents/"]
        """);
  }

  @Test
  void jsonFormKeepsReferencesAndEscapesLiteralDollars() {
    assertThat(stage(s -> s.copy(Copy.sources("$SRC dir").literalPath("price $5").to("/data/")))).isEqualTo("""
        FROM alpine:3.20
        COPY ["$SRC dir", "price \\\\$5", "/data/"]
        """);
  }

  @Test
  void pathsWithVariables() {
    assertThat(stage(s -> s.copy("${APP_DIR}/bin/", "/usr/local/bin/"))).isEqualTo("""
        FROM alpine:3.20
        COPY ${APP_DIR}/bin/ /usr/local/bin/
        """);
  }

  @Test
  void literalPathWithDollar() {
    assertThat(stage(s -> s.copy(Copy.sources().literalPath("a$b").to("/x/")))).isEqualTo("""
        FROM alpine:3.20
        COPY "a\\$b" /x/
        """);
  }

  @Test
  void pathsThatLookLikeHeredocMarkersAreQuoted() {
    // Unquoted, BuildKit would read "<<EOF" and "2<<X" as heredocs and swallow the lines after them.
    assertThat(stage(s -> s.copy(Copy.sources().literalPath("<<EOF").to("2<<X")).user(1000))).isEqualTo("""
        FROM alpine:3.20
        COPY "<<EOF" "2<<X"
        USER 1000
        """);
  }

  @Test
  void addPathThatLooksLikeAHeredocMarkerIsQuoted() {
    assertThat(stage(s -> s.add("<< EOF.tar", "/"))).isEqualTo("""
        FROM alpine:3.20
        ADD ["<< EOF.tar", "/"]
        """);
    assertThat(stage(s -> s.add("<<EOF.tar", "/"))).isEqualTo("""
        FROM alpine:3.20
        ADD "<<EOF.tar" /
        """);
  }

  @Test
  void heredocSource() {
    assertThat(stage(s -> s.copy(Copy.heredoc("/etc/motd", "Welcome, $USER\n")))).isEqualTo("""
        # syntax=docker/dockerfile:1
        FROM alpine:3.20
        COPY <<"EOF" /etc/motd
        Welcome, $USER
        EOF
        """);
  }

  @Test
  void heredocSourceWithoutFinalNewline() {
    assertThat(stage(s -> s.copy(Copy.heredoc("/etc/motd", "hi")))).isEqualTo("""
        # syntax=docker/dockerfile:1
        FROM alpine:3.20
        COPY <<"EOF" /etc/motd
        hi
        EOF
        """);
  }

  @Test
  void heredocSourceAvoidsItsDelimiter() {
    assertThat(stage(s -> s.copy(Copy.heredoc("/x", "EOF\n")))).isEqualTo("""
        # syntax=docker/dockerfile:1
        FROM alpine:3.20
        COPY <<"EOF2" /x
        EOF
        EOF2
        """);
  }

  @Test
  void heredocSourceWithFlags() {
    assertThat(stage(s -> s.copy(Copy.heredoc("/run.sh", "#!/bin/sh\nexec app\n").chmod(0755)))).isEqualTo("""
        # syntax=docker/dockerfile:1
        FROM alpine:3.20
        COPY --chmod=0755 <<"EOF" /run.sh
        #!/bin/sh
        exec app
        EOF
        """);
  }

  @Test
  void twoHeredocs() {
    DockerfileBuilder file = DockerfileBuilder.create();
    file.from("alpine:3.20").instruction(dev.dockwright.model.CopyInstruction.of(java.util.List.of(
            dev.dockwright.model.CopySource.heredoc(dev.dockwright.model.Heredoc.literal("A", "a")),
            dev.dockwright.model.CopySource.heredoc(dev.dockwright.model.Heredoc.literal("B", "b"))),
        dev.dockwright.model.Value.literal("/etc/")));

    assertThat(file.render()).endsWith("""
        COPY <<"A" <<"B" /etc/
        a
        A
        b
        B
        """);
  }

  @Test
  void twoHeredocsWithOneDelimiterAreRefused() {
    // BuildKit looks bodies up by delimiter: both sources would get the second body.
    var source = dev.dockwright.model.CopySource.heredoc(dev.dockwright.model.Heredoc.literal("EOF", "a"));
    assertThatThrownBy(() -> dev.dockwright.model.CopyInstruction.of(
            java.util.List.of(source, source), dev.dockwright.model.Value.literal("/etc/")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("heredoc delimiter used twice: \"EOF\"");
  }

  @Test
  void missingDestinationIsRefused() {
    assertThatThrownBy(() -> Copy.sources("a").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("COPY needs a destination: call to(...)");
  }

  @Test
  void missingSourceIsRefused() {
    assertThatThrownBy(() -> Copy.sources().to("/x").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("COPY needs at least one source");
  }

  @Test
  void destinationWithNewlineIsRefused() {
    assertThatThrownBy(() -> Copy.sources("a").to("/x\nRUN rm -rf /").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("COPY destination cannot hold a line break: \"/x\\nRUN rm -rf /\"");
  }

  @Test
  void copyWithOneArgumentIsRefused() {
    assertThatThrownBy(() -> DockerfileBuilder.create().from("alpine:3.20").copy("only"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("need at least one source and a destination");
  }

  @Test
  void chownWithAByteBuildKitTakesForABlankIsRefused() {
    assertThatThrownBy(() -> Copy.sources(".").to("/app").chown(UserSpec.of("françois\u0085")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid COPY --chown: \"françois\u0085\" (BuildKit splits flags at the bytes 0x85 and 0xA0"
            + " of its UTF-8 form)");
  }

  @Test
  void excludePatternWithSpaceIsRefused() {
    assertThatThrownBy(() -> Copy.sources(".").to("/app").exclude("a b").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid exclude pattern: \"a b\"");
  }

  @Test
  void fromAStageDefinedLaterIsRefused() {
    DockerfileBuilder file = DockerfileBuilder.create();
    StageBuilder app = file.stage("app", "alpine:3.20");
    StageBuilder later = file.stage("later", "alpine:3.20").run("make");
    app.copyFrom(later, "/out", "/app");

    assertThatThrownBy(file::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stage \"later\" is not defined before stage \"app\"");
  }

  @Test
  void fromItselfIsRefused() {
    DockerfileBuilder file = DockerfileBuilder.create();
    StageBuilder app = file.stage("app", "alpine:3.20").run("make");
    app.copyFrom(app, "/out", "/app");

    assertThatThrownBy(file::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stage \"app\" is not defined before stage \"app\"");
  }

  @Test
  void fromAStageOfAnotherDockerfileIsRefused() {
    StageBuilder foreign = DockerfileBuilder.create().stage("build", "alpine:3.20").run("make");
    StageBuilder app = DockerfileBuilder.create().stage("app", "alpine:3.20");

    assertThatThrownBy(() -> app.copy(Copy.from(foreign).paths("/out").to("/app")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stage \"build\" belongs to another Dockerfile");
  }
}
