package dev.dockwright.javagen;

import dev.dockwright.dsl.Copy;
import dev.dockwright.dsl.DockerfileBuilder;
import dev.dockwright.dsl.Run;
import dev.dockwright.dsl.StageBuilder;
import dev.dockwright.model.CacheMount;
import dev.dockwright.model.Command;
import dev.dockwright.model.Dockerfile;
import dev.dockwright.model.EnvInstruction;
import dev.dockwright.model.HealthcheckInstruction;
import dev.dockwright.model.Heredoc;
import dev.dockwright.model.KeyValue;
import dev.dockwright.model.Mount;
import dev.dockwright.model.RunInstruction;
import dev.dockwright.model.ShellCommand;
import dev.dockwright.model.UserSpec;
import dev.dockwright.model.Value;
import java.time.Duration;
import java.util.List;

/**
 * The four typical files of the golden tests. Written here with the DSL and the model because the parser is
 * not there yet; each test also pins the Dockerfile text, so that parsing that text can replace these.
 *
 * <pre>{@code
 * Dockerfile go = GoldenModels.goMultiStage();
 * }</pre>
 */
final class GoldenModels {
  private GoldenModels() {}

  static Dockerfile goMultiStage() {
    DockerfileBuilder file = DockerfileBuilder.create()
        .syntax("docker/dockerfile:1")
        .arg("GO_VERSION", "1.23.4");
    StageBuilder build = file.stage("build", "golang:${GO_VERSION}-bookworm")
        .platform("$BUILDPLATFORM")
        .arg("TARGETOS")
        .arg("TARGETARCH")
        .workdir("/src")
        .run(Run.shell("go mod download")
            .mount(Mount.cache("/go/pkg/mod"))
            .mount(Mount.bind("go.mod").withSource("go.mod"))
            .mount(Mount.bind("go.sum").withSource("go.sum")))
        .comment("Static, stripped binary for the target platform.")
        .run(Run.shell("CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -trimpath -ldflags=\"-s -w\""
                + " -o /out/server ./cmd/server")
            .mount(Mount.cache("/go/pkg/mod"))
            .mount(Mount.cache("/root/.cache/go-build"))
            .mount(Mount.bind(".").withSource(".")));
    file.stage("runtime", "gcr.io/distroless/static-debian12:nonroot")
        .copy(Copy.from(build).paths("/out/server").to("/server"))
        .user(UserSpec.of("nonroot", "nonroot"))
        .expose(8080)
        .entrypoint("/server");
    return file.build();
  }

  static Dockerfile nodeWithSecrets() {
    DockerfileBuilder file = DockerfileBuilder.create();
    StageBuilder deps = file.stage("deps", "node:22.12.0-bookworm-slim")
        .leadingComment("Dependencies from the private registry; the token never reaches a layer.")
        .workdir("/app")
        .copy("package.json", "package-lock.json", ".npmrc", "./")
        .run(Run.shell("npm ci --omit=dev")
            .mount(Mount.cache("/root/.npm").withId("npm").withSharing(CacheMount.Sharing.LOCKED))
            .mount(Mount.secret("npm_token").withEnv("NPM_TOKEN").withRequired(true)));
    StageBuilder build = file.stage("build", deps)
        .run(Run.shell("npm ci")
            .mount(Mount.cache("/root/.npm").withId("npm").withSharing(CacheMount.Sharing.LOCKED))
            .mount(Mount.secret("npm_token").withTarget("/root/.npmrc")))
        .copy(".", ".")
        .run("npm run build");
    file.stage("runtime", "node:22.12.0-bookworm-slim")
        .leadingComment("Runtime: production dependencies and compiled output, as the node user.")
        .workdir("/app")
        .env("NODE_ENV", "production")
        .copy(Copy.from(deps).paths("/app/node_modules").to("./node_modules").chown(UserSpec.of("node")))
        .copy(Copy.from(build).paths("/app/dist").to("./dist").chown(UserSpec.of("node")).link())
        .user(UserSpec.of("node"))
        .expose(3000)
        .healthcheck(HealthcheckInstruction.of(Command.exec("node", "dist/healthcheck.js"))
            .withInterval(Duration.ofSeconds(30))
            .withTimeout(Duration.ofSeconds(3)))
        .cmd("node", "dist/server.js");
    return file.build();
  }

  static Dockerfile pythonVenv() {
    DockerfileBuilder file = DockerfileBuilder.create();
    StageBuilder builder = file.stage("builder", "python:3.12.8-slim-bookworm")
        .run(Run.lines(
            "apt-get update",
            "&& apt-get install -y --no-install-recommends build-essential",
            "&& rm -rf /var/lib/apt/lists/*"))
        .run("python -m venv /opt/venv")
        .env("PATH", "/opt/venv/bin:$PATH")
        .run(Run.shell("pip install -r requirements.txt")
            .mount(Mount.cache("/root/.cache/pip"))
            .mount(Mount.bind("requirements.txt").withSource("requirements.txt")));
    file.stage("runtime", "python:3.12.8-slim-bookworm")
        .instruction(new EnvInstruction(List.of(
            new KeyValue("PYTHONDONTWRITEBYTECODE", Value.of("1")),
            new KeyValue("PYTHONUNBUFFERED", Value.of("1")),
            new KeyValue("PATH", Value.of("/opt/venv/bin:$PATH")))))
        .copy(Copy.from(builder).paths("/opt/venv").to("/opt/venv"))
        .workdir("/app")
        .copy(".", ".")
        .user(UserSpec.of(10001, 10001))
        .cmd("python", "-m", "app");
    return file.build();
  }

  static Dockerfile heredocs() {
    DockerfileBuilder file = DockerfileBuilder.create();
    file.stage("web", "nginx:1.27-alpine")
        .run("set -eux\napk add --no-cache curl\nrm -f /etc/nginx/conf.d/default.conf\n")
        .copy(Copy.heredoc("/etc/nginx/conf.d/app.conf", "server {\n  listen 8080;\n  root /srv;\n}\n")
            .chmod(0644))
        .instruction(RunInstruction.of(new ShellCommand("python3 <<\"EOT\" > /srv/index.html",
            List.of(Heredoc.literal("EOT", "print('<h1>$HOSTNAME</h1>')\n")))))
        .expose(8080)
        .cmd("nginx", "-g", "daemon off;");
    return file.build();
  }
}
