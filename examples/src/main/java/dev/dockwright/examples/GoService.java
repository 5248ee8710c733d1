package dev.dockwright.examples;

import dev.dockwright.dsl.Copy;
import dev.dockwright.dsl.DockerfileBuilder;
import dev.dockwright.dsl.Run;
import dev.dockwright.dsl.StageBuilder;
import dev.dockwright.model.Dockerfile;
import dev.dockwright.model.Mount;
import dev.dockwright.model.UserSpec;

/**
 * A Go service: modules downloaded before the sources are copied, a static stripped binary built with cache
 * mounts, and a distroless runtime that holds the binary alone and runs as {@code nonroot}.
 *
 * <pre>{@code
 * String text = DockerfileRenderer.defaults().render(GoService.dockerfile());
 * }</pre>
 */
public final class GoService {
  private GoService() {}

  /** The Dockerfile. */
  public static Dockerfile dockerfile() {
    DockerfileBuilder file = DockerfileBuilder.create();

    StageBuilder build = file.stage("build", "golang:1.23.4-bookworm")
        .workdir("/src")
        .env("CGO_ENABLED", "0")
        .copy("go.mod", "go.sum", "./")
        .run(Run.shell("go mod download").mount(Mount.cache("/go/pkg/mod")))
        .copy(".", ".")
        .run(Run.shell("go build -trimpath -ldflags=\"-s -w\" -o /out/server ./cmd/server")
            .mount(Mount.cache("/go/pkg/mod"))
            .mount(Mount.cache("/root/.cache/go-build")));

    file.stage("runtime", "gcr.io/distroless/static-debian12:nonroot")
        .copy(Copy.from(build).paths("/out/server").to("/server"))
        .user(UserSpec.of(65532, 65532))
        .expose(8080)
        .entrypoint("/server");
    return file.build();
  }
}
