package dev.dockwright.examples;

import dev.dockwright.dsl.Copy;
import dev.dockwright.dsl.DockerfileBuilder;
import dev.dockwright.dsl.Run;
import dev.dockwright.dsl.StageBuilder;
import dev.dockwright.model.Command;
import dev.dockwright.model.Dockerfile;
import dev.dockwright.model.HealthcheckInstruction;
import dev.dockwright.model.Mount;
import dev.dockwright.model.UserSpec;
import java.time.Duration;

/**
 * A Node.js service: dependencies installed in their own stage with a cache mount, a TypeScript build stage,
 * and a slim runtime with production dependencies only, run by tini as the unprivileged {@code node} user.
 *
 * <pre>{@code
 * String text = DockerfileRenderer.defaults().render(NodeService.dockerfile());
 * }</pre>
 */
public final class NodeService {
  private NodeService() {}

  static final String NODE = "node:22.12.0-bookworm-slim";

  /** The Dockerfile. */
  public static Dockerfile dockerfile() {
    DockerfileBuilder file = DockerfileBuilder.create();

    StageBuilder deps = file.stage("deps", NODE)
        .leadingComment("Production dependencies, cached across builds.")
        .workdir("/app")
        .copy("package.json", "package-lock.json", "./")
        .run(Run.shell("npm ci --omit=dev --no-audit --no-fund").mount(Mount.cache("/root/.npm")));

    StageBuilder build = file.stage("build", NODE)
        .leadingComment("Full install and TypeScript build; nothing of this stage ships.")
        .workdir("/app")
        .copy("package.json", "package-lock.json", "./")
        .run(Run.shell("npm ci --no-audit --no-fund").mount(Mount.cache("/root/.npm")))
        .copy("tsconfig.json", "./")
        .copy("src/", "./src/")
        .run("npm run build");

    file.stage("runtime", NODE)
        .leadingComment("Runtime: production dependencies, compiled output, an init process, no root.")
        .run(Run.lines(
                "apt-get update",
                "&& apt-get install -y --no-install-recommends tini=0.19.0-1",
                "&& rm -rf /var/lib/apt/lists/*"))
        .workdir("/app")
        .env("NODE_ENV", "production")
        .copy(Copy.from(deps).paths("/app/node_modules").to("./node_modules"))
        .copy(Copy.from(build).paths("/app/dist").to("./dist"))
        .copy("package.json", "./")
        .user(UserSpec.of("node"))
        .expose(3000)
        .healthcheck(HealthcheckInstruction.of(Command.exec("node", "dist/healthcheck.js"))
            .withInterval(Duration.ofSeconds(30))
            .withTimeout(Duration.ofSeconds(3))
            .withRetries(3))
        .entrypoint("/usr/bin/tini", "--")
        .cmd("node", "dist/server.js");
    return file.build();
  }
}
