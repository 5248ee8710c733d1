package dev.dockwright.javagen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.model.Dockerfile;
import dev.dockwright.parser.DockerfileParser;
import dev.dockwright.render.DockerfileRenderer;
import dev.dockwright.render.RenderOptions;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The generated code of four typical files, in full: the Dockerfile (as the canonical renderer writes the
 * input model) and the Java the generator writes for it. RoundTripTest checks that this Java, compiled and
 * run, gives the model back.
 */
class GoldenTest {
  private static final DockerfileRenderer CANONICAL =
      new DockerfileRenderer(RenderOptions.defaults().withPreserveSource(false));

  @Test
  void goMultiStage() {
    assertGolden(GoldenModels.goMultiStage(), "GoMultiStage", """
        # syntax=docker/dockerfile:1
        ARG GO_VERSION=1.23.4
        FROM --platform=$BUILDPLATFORM golang:${GO_VERSION}-bookworm AS build
        ARG TARGETOS
        ARG TARGETARCH
        WORKDIR /src
        RUN --mount=type=cache,target=/go/pkg/mod --mount=type=bind,target=go.mod,source=go.mod --mount=type=bind,target=go.sum,source=go.sum go mod download
        # Static, stripped binary for the target platform.
        RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build --mount=type=bind,target=.,source=. CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -trimpath -ldflags="-s -w" -o /out/server ./cmd/server

        FROM gcr.io/distroless/static-debian12:nonroot AS runtime
        COPY --from=build /out/server /server
        USER nonroot:nonroot
        EXPOSE 8080
        ENTRYPOINT ["/server"]
        """, """
        package com.example.docker;

        import dev.dockwright.dsl.Copy;
        import dev.dockwright.dsl.DockerfileBuilder;
        import dev.dockwright.dsl.Run;
        import dev.dockwright.dsl.StageBuilder;
        import dev.dockwright.model.Dockerfile;
        import dev.dockwright.model.Mount;
        import dev.dockwright.model.UserSpec;
        import dev.dockwright.render.DockerfileRenderer;
        import dev.dockwright.render.RenderOptions;

        /**
         * Writes the Dockerfile with the Dockwright DSL.
         */
        public final class GoMultiStage {
          private GoMultiStage() {
          }

          /**
           * The Dockerfile.
           */
          public static Dockerfile dockerfile() {
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
                .run(Run.shell("CGO_ENABLED=0 GOOS=$TARGETOS GOARCH=$TARGETARCH go build -trimpath -ldflags=\\"-s -w\\" -o /out/server ./cmd/server")
                    .mount(Mount.cache("/go/pkg/mod"))
                    .mount(Mount.cache("/root/.cache/go-build"))
                    .mount(Mount.bind(".").withSource(".")));

            StageBuilder runtime = file.stage("runtime", "gcr.io/distroless/static-debian12:nonroot")
                .copy(Copy.from(build).paths("/out/server").to("/server"))
                .user(UserSpec.of("nonroot", "nonroot"))
                .expose(8080)
                .entrypoint("/server");
            return file.build();
          }

          /**
           * Prints the Dockerfile as {@code dockwright fmt} does.
           */
          public static void main(String[] args) {
            System.out.print(new DockerfileRenderer(RenderOptions.canonical()).render(dockerfile()));
          }
        }
        """);
  }

  @Test
  void nodeWithSecrets() {
    assertGolden(GoldenModels.nodeWithSecrets(), "NodeWithSecrets", """
        # syntax=docker/dockerfile:1
        # Dependencies from the private registry; the token never reaches a layer.
        FROM node:22.12.0-bookworm-slim AS deps
        WORKDIR /app
        COPY package.json package-lock.json .npmrc ./
        RUN --mount=type=cache,target=/root/.npm,id=npm,sharing=locked --mount=type=secret,id=npm_token,env=NPM_TOKEN,required=true npm ci --omit=dev

        FROM deps AS build
        RUN --mount=type=cache,target=/root/.npm,id=npm,sharing=locked --mount=type=secret,id=npm_token,target=/root/.npmrc npm ci
        COPY . .
        RUN npm run build

        # Runtime: production dependencies and compiled output, as the node user.
        FROM node:22.12.0-bookworm-slim AS runtime
        WORKDIR /app
        ENV NODE_ENV=production
        COPY --from=deps --chown=node /app/node_modules ./node_modules
        COPY --from=build --chown=node --link /app/dist ./dist
        USER node
        EXPOSE 3000
        HEALTHCHECK --interval=30s --timeout=3s CMD ["node", "dist/healthcheck.js"]
        CMD ["node", "dist/server.js"]
        """, """
        package com.example.docker;

        import dev.dockwright.dsl.Copy;
        import dev.dockwright.dsl.DockerfileBuilder;
        import dev.dockwright.dsl.Run;
        import dev.dockwright.dsl.StageBuilder;
        import dev.dockwright.model.CacheMount;
        import dev.dockwright.model.Command;
        import dev.dockwright.model.Dockerfile;
        import dev.dockwright.model.HealthcheckInstruction;
        import dev.dockwright.model.Mount;
        import dev.dockwright.model.UserSpec;
        import dev.dockwright.render.DockerfileRenderer;
        import dev.dockwright.render.RenderOptions;
        import java.time.Duration;

        /**
         * Writes the Dockerfile with the Dockwright DSL.
         */
        public final class NodeWithSecrets {
          private NodeWithSecrets() {
          }

          /**
           * The Dockerfile.
           */
          public static Dockerfile dockerfile() {
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

            StageBuilder runtime = file.stage("runtime", "node:22.12.0-bookworm-slim")
                .leadingComment("Runtime: production dependencies and compiled output, as the node user.")
                .workdir("/app")
                .env("NODE_ENV", "production")
                .copy(Copy.from(deps)
                    .paths("/app/node_modules")
                    .to("./node_modules")
                    .chown(UserSpec.of("node")))
                .copy(Copy.from(build).paths("/app/dist").to("./dist").chown(UserSpec.of("node")).link())
                .user(UserSpec.of("node"))
                .expose(3000)
                .healthcheck(HealthcheckInstruction.of(Command.exec("node", "dist/healthcheck.js"))
                    .withInterval(Duration.ofSeconds(30))
                    .withTimeout(Duration.ofSeconds(3)))
                .cmd("node", "dist/server.js");
            return file.build();
          }

          /**
           * Prints the Dockerfile as {@code dockwright fmt} does.
           */
          public static void main(String[] args) {
            System.out.print(new DockerfileRenderer(RenderOptions.canonical()).render(dockerfile()));
          }
        }
        """);
  }

  @Test
  void pythonVenv() {
    assertGolden(GoldenModels.pythonVenv(), "PythonVenv", """
        # syntax=docker/dockerfile:1
        FROM python:3.12.8-slim-bookworm AS builder
        RUN apt-get update \\
            && apt-get install -y --no-install-recommends build-essential \\
            && rm -rf /var/lib/apt/lists/*
        RUN python -m venv /opt/venv
        ENV PATH=/opt/venv/bin:$PATH
        RUN --mount=type=cache,target=/root/.cache/pip --mount=type=bind,target=requirements.txt,source=requirements.txt pip install -r requirements.txt

        FROM python:3.12.8-slim-bookworm AS runtime
        ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PATH=/opt/venv/bin:$PATH
        COPY --from=builder /opt/venv /opt/venv
        WORKDIR /app
        COPY . .
        USER 10001:10001
        CMD ["python", "-m", "app"]
        """, """
        package com.example.docker;

        import dev.dockwright.dsl.Copy;
        import dev.dockwright.dsl.DockerfileBuilder;
        import dev.dockwright.dsl.Run;
        import dev.dockwright.dsl.StageBuilder;
        import dev.dockwright.model.Dockerfile;
        import dev.dockwright.model.EnvInstruction;
        import dev.dockwright.model.KeyValue;
        import dev.dockwright.model.Mount;
        import dev.dockwright.model.UserSpec;
        import dev.dockwright.model.Value;
        import dev.dockwright.render.DockerfileRenderer;
        import dev.dockwright.render.RenderOptions;
        import java.util.List;

        /**
         * Writes the Dockerfile with the Dockwright DSL.
         */
        public final class PythonVenv {
          private PythonVenv() {
          }

          /**
           * The Dockerfile.
           */
          public static Dockerfile dockerfile() {
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

            StageBuilder runtime = file.stage("runtime", "python:3.12.8-slim-bookworm")
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

          /**
           * Prints the Dockerfile as {@code dockwright fmt} does.
           */
          public static void main(String[] args) {
            System.out.print(new DockerfileRenderer(RenderOptions.canonical()).render(dockerfile()));
          }
        }
        """);
  }

  @Test
  void heredocs() {
    assertGolden(GoldenModels.heredocs(), "Heredocs", """
        # syntax=docker/dockerfile:1
        FROM nginx:1.27-alpine AS web
        RUN <<EOF
        set -eux
        apk add --no-cache curl
        rm -f /etc/nginx/conf.d/default.conf
        EOF
        COPY --chmod=0644 <<"EOF" /etc/nginx/conf.d/app.conf
        server {
          listen 8080;
          root /srv;
        }
        EOF
        RUN python3 <<"EOT" > /srv/index.html
        print('<h1>$HOSTNAME</h1>')
        EOT
        EXPOSE 8080
        CMD ["nginx", "-g", "daemon off;"]
        """, """
        package com.example.docker;

        import dev.dockwright.dsl.Copy;
        import dev.dockwright.dsl.DockerfileBuilder;
        import dev.dockwright.dsl.Run;
        import dev.dockwright.dsl.StageBuilder;
        import dev.dockwright.model.Dockerfile;
        import dev.dockwright.model.Heredoc;
        import dev.dockwright.model.ShellCommand;
        import dev.dockwright.render.DockerfileRenderer;
        import dev.dockwright.render.RenderOptions;
        import java.util.List;

        /**
         * Writes the Dockerfile with the Dockwright DSL.
         */
        public final class Heredocs {
          private Heredocs() {
          }

          /**
           * The Dockerfile.
           */
          public static Dockerfile dockerfile() {
            DockerfileBuilder file = DockerfileBuilder.create();

            StageBuilder web = file.stage("web", "nginx:1.27-alpine")
                .run("set -eux\\n"
                    + "apk add --no-cache curl\\n"
                    + "rm -f /etc/nginx/conf.d/default.conf\\n")
                .copy(Copy.heredoc("/etc/nginx/conf.d/app.conf", "server {\\n"
                    + "  listen 8080;\\n"
                    + "  root /srv;\\n"
                    + "}\\n")
                    .chmod(0644))
                .run(Run.of(new ShellCommand(
                    "python3 <<\\"EOT\\" > /srv/index.html",
                    List.of(Heredoc.literal("EOT", "print('<h1>$HOSTNAME</h1>')\\n")))))
                .expose(8080)
                .cmd("nginx", "-g", "daemon off;");
            return file.build();
          }

          /**
           * Prints the Dockerfile as {@code dockwright fmt} does.
           */
          public static void main(String[] args) {
            System.out.print(new DockerfileRenderer(RenderOptions.canonical()).render(dockerfile()));
          }
        }
        """);
  }
  /**
   * From Dockerfile text, as {@code dockwright to-java} works: the parser keeps every comment and blank line
   * where it stands, and the generator writes the exact-element methods only where the fluent ones fall short
   * (a comment without a space, a stage right below the previous one), and an empty alias stage as a stage.
   */
  @Test
  void parsedFromText() {
    String text = """
        # syntax=docker/dockerfile:1
        ARG NODE_VERSION=22.12.0
        ARG ALPINE_VERSION=3.20

        #### Stages ####
        FROM node:${NODE_VERSION}-alpine${ALPINE_VERSION} AS node
        FROM node AS deps
        WORKDIR /app
        COPY package.json package-lock.json ./
        RUN --mount=type=cache,target=/root/.npm npm ci

        # The build stage
        FROM deps AS build
        COPY . .
        #RUN npm test
        RUN npm run build


        FROM node AS runtime
        WORKDIR /app
        COPY --from=deps /app/node_modules ./node_modules
        COPY --from=build /app/dist ./dist
        USER node
        CMD ["node", "dist/server.js"]
        """;
    Dockerfile parsed = DockerfileParser.strict().parse(text, "Dockerfile");
    assertThat(DockerfileRenderer.defaults().render(parsed)).isEqualTo(text);
    GeneratedJava generated =
        new JavaGenerator(JavaGenerator.Options.of("com.example.docker", "NodeApp")).generate(parsed);
    assertThat(generated.source()).isEqualTo("""
        package com.example.docker;

        import dev.dockwright.dsl.Copy;
        import dev.dockwright.dsl.DockerfileBuilder;
        import dev.dockwright.dsl.Run;
        import dev.dockwright.dsl.StageBuilder;
        import dev.dockwright.model.Comment;
        import dev.dockwright.model.Dockerfile;
        import dev.dockwright.model.Mount;
        import dev.dockwright.model.UserSpec;
        import dev.dockwright.render.DockerfileRenderer;
        import dev.dockwright.render.RenderOptions;

        /**
         * Writes the Dockerfile with the Dockwright DSL.
         */
        public final class NodeApp {
          private NodeApp() {
          }

          /**
           * The Dockerfile.
           */
          public static Dockerfile dockerfile() {
            DockerfileBuilder file = DockerfileBuilder.create()
                .syntax("docker/dockerfile:1")
                .arg("NODE_VERSION", "22.12.0")
                .arg("ALPINE_VERSION", "3.20");

            StageBuilder node = file.stage("node", "node:${NODE_VERSION}-alpine${ALPINE_VERSION}")
                .leadingBlankLine()
                .leading(new Comment("### Stages ####"));

            StageBuilder deps = file.stage("deps", node)
                .withoutLeadingBlankLine()
                .workdir("/app")
                .copy("package.json", "package-lock.json", "./")
                .run(Run.shell("npm ci").mount(Mount.cache("/root/.npm")));

            StageBuilder build = file.stage("build", deps)
                .leadingComment("The build stage")
                .copy(".", ".")
                .element(new Comment("RUN npm test"))
                .run("npm run build");

            StageBuilder runtime = file.stage("runtime", node)
                .leadingBlankLine()
                .workdir("/app")
                .copy(Copy.from(deps).paths("/app/node_modules").to("./node_modules"))
                .copy(Copy.from(build).paths("/app/dist").to("./dist"))
                .user(UserSpec.of("node"))
                .cmd("node", "dist/server.js");
            return file.build();
          }

          /**
           * Prints the Dockerfile as {@code dockwright fmt} does.
           */
          public static void main(String[] args) {
            System.out.print(new DockerfileRenderer(RenderOptions.canonical()).render(dockerfile()));
          }
        }
        """);
    Map<String, Class<?>> classes = InMemoryCompiler.compile(Map.of(generated.qualifiedName(), generated.source()));
    Dockerfile built = RoundTrip.run(classes.get(generated.qualifiedName()));
    assertThat(built).isEqualTo(parsed.withoutSource());
    assertThat(DockerfileRenderer.defaults().render(built)).isEqualTo(text);
  }

  private static void assertGolden(Dockerfile model, String className, String dockerfile, String java) {
    assertThat(CANONICAL.render(model)).isEqualTo(dockerfile);
    GeneratedJava generated =
        new JavaGenerator(JavaGenerator.Options.of("com.example.docker", className)).generate(model);
    assertThat(generated.source()).isEqualTo(java);
  }
}
