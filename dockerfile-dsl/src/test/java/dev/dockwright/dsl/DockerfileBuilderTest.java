package dev.dockwright.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dockwright.model.CacheMount;
import dev.dockwright.model.Mount;
import dev.dockwright.model.UserSpec;
import org.junit.jupiter.api.Test;

class DockerfileBuilderTest {

  @Test
  void multiStageGoService() {
    DockerfileBuilder file = DockerfileBuilder.create();
    StageBuilder build = file.stage("build", "golang:1.23.4-bookworm")
        .workdir("/src")
        .copy("go.mod", "go.sum", "./")
        .run(Run.shell("go mod download").mount(Mount.cache("/go/pkg/mod").withSharing(CacheMount.Sharing.LOCKED)))
        .copy(".", ".")
        .run("CGO_ENABLED=0 go build -trimpath -ldflags='-s -w' -o /out/app ./cmd/server");
    file.stage("runtime", "gcr.io/distroless/static-debian12:nonroot")
        .copyFrom(build, "/out/app", "/app")
        .user(UserSpec.of(65532, 65532))
        .expose(8080)
        .entrypoint("/app");

    assertThat(file.render()).isEqualTo("""
        # syntax=docker/dockerfile:1
        FROM golang:1.23.4-bookworm AS build
        WORKDIR /src
        COPY go.mod go.sum ./
        RUN --mount=type=cache,target=/go/pkg/mod,sharing=locked go mod download
        COPY . .
        RUN CGO_ENABLED=0 go build -trimpath -ldflags='-s -w' -o /out/app ./cmd/server

        FROM gcr.io/distroless/static-debian12:nonroot AS runtime
        COPY --from=build /out/app /app
        USER 65532:65532
        EXPOSE 8080
        ENTRYPOINT ["/app"]
        """);
  }

  @Test
  void anEmptyStageMarkedAliasBuildsAndRenders() {
    DockerfileBuilder file = DockerfileBuilder.create();
    StageBuilder base = file.stage("base", "alpine:3.20").run("apk add --no-cache curl");
    file.stage("final", base).alias();

    assertThat(file.build().stages()).hasSize(2);
    assertThat(file.build().stages().get(1).instructions()).isEmpty();
    assertThat(file.render()).isEqualTo("""
        FROM alpine:3.20 AS base
        RUN apk add --no-cache curl

        FROM base AS final
        """);
  }

  @Test
  void anEmptyStageThatNoLaterStageNamesIsRefusedUnlessMarkedAlias() {
    DockerfileBuilder file = DockerfileBuilder.create();
    file.stage("x", "alpine:3.20");
    file.from("alpine:3.20").run("true");
    assertThatThrownBy(file::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stage \"x\" is empty: add an instruction, remove it, or mark it alias()");
  }

  @Test
  void leadingBlankLineAddsOneAboveTheFrom() {
    DockerfileBuilder file = DockerfileBuilder.create();
    file.stage("a", "alpine:3.20").run("true");
    file.stage("b", "alpine:3.20").leadingComment("b").leadingBlankLine().run("true");
    assertThat(file.render()).isEqualTo("""
        FROM alpine:3.20 AS a
        RUN true

        # b

        FROM alpine:3.20 AS b
        RUN true
        """);
  }

  @Test
  void copyFromAStageOfAnotherDockerfileFails() {
    StageBuilder foreign = DockerfileBuilder.create().stage("build", "alpine:3.20").run("true");
    StageBuilder app = DockerfileBuilder.create().stage("app", "alpine:3.20");
    assertThatThrownBy(() -> app.copyFrom(foreign, "/a", "/b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stage \"build\" belongs to another Dockerfile");
  }
}
