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
  void copyFromAStageOfAnotherDockerfileFails() {
    StageBuilder foreign = DockerfileBuilder.create().stage("build", "alpine:3.20").run("true");
    StageBuilder app = DockerfileBuilder.create().stage("app", "alpine:3.20");
    assertThatThrownBy(() -> app.copyFrom(foreign, "/a", "/b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("stage \"build\" belongs to another Dockerfile");
  }
}
