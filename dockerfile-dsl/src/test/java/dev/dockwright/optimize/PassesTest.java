package dev.dockwright.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.model.BuilderTarget;
import dev.dockwright.model.Dockerfile;
import dev.dockwright.parser.DockerfileParser;
import dev.dockwright.render.DockerfileRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each pass on its own: exact output, exact change reports, and what it must leave alone. */
class PassesTest {
  @TempDir Path context;

  private static String run(Pass pass, String text, OptimizeContext context) {
    Dockerfile file = DockerfileParser.strict().parse(text, "Dockerfile");
    PassResult result = pass.apply(file, context);
    String out = DockerfileRenderer.defaults().render(result.file());
    // applying the pass again changes nothing
    assertThat(pass.apply(DockerfileParser.strict().parse(out, "Dockerfile"), context).changes()).isEmpty();
    return out;
  }

  private static String run(Pass pass, String text) {
    return run(pass, text, OptimizeContext.of(BuilderTarget.BUILDKIT));
  }

  private static List<String> changes(Pass pass, String text) {
    Dockerfile file = DockerfileParser.strict().parse(text, "Dockerfile");
    return pass.apply(file, OptimizeContext.of(BuilderTarget.BUILDKIT)).changes().stream().map(Change::toString).toList();
  }

  @Test
  void chainRunsJoinsConsecutiveRuns() {
    assertThat(run(new ChainRunsPass(), """
        FROM debian:12.8
        RUN apt-get update
        RUN apt-get install -y curl

        RUN mkdir /app
        WORKDIR /app
        RUN echo done
        """)).isEqualTo("""
        FROM debian:12.8
        RUN apt-get update \\
            && apt-get install -y curl \\
            && mkdir /app
        WORKDIR /app
        RUN echo done
        """);
    assertThat(changes(new ChainRunsPass(), "FROM a\nRUN a\nRUN b\n"))
        .containsExactly("2:1: chain-runs: joined 2 RUN instructions with && "
            + "(one layer instead of 2; the commands run in the same order and stop at the first failure)");
  }

  @Test
  void chainRunsKeepsRunsApartWhenJoiningWouldChangeThem() {
    for (String pair : List.of(
        "RUN cd /tmp\nRUN make\n",                     // cd would move make
        "RUN export A=1\nRUN echo $A\n",               // the variable would reach the second
        "RUN echo one # comment\nRUN echo two\n",      // the comment would swallow the second
        "RUN echo x\nRUN false; echo y\n",              // echo y would run after a failure
        "RUN echo x\nRUN false || echo y\n",
        "RUN --mount=type=cache,target=/root/.npm npm ci\nRUN npm test\n", // other mounts
        "RUN [\"echo\", \"exec\"]\nRUN echo shell\n",   // exec form
        "RUN sleep 1 &\nRUN echo y\n",
        "RUN <<EOF\necho a\nEOF\nRUN echo b\n")) {
      String text = "FROM debian:12.8\n" + pair;
      assertThat(run(new ChainRunsPass(), text)).as(pair).isEqualTo(text);
    }
    String windows = "# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN a\nRUN b\n";
    assertThat(run(new ChainRunsPass(), windows)).isEqualTo(windows);
  }

  @Test
  void mergeEnvLabelMergesButNotWhenAValueReadsAnEarlierKey() {
    assertThat(run(new MergeEnvLabelPass(), """
        FROM node:22.12.0-bookworm-slim
        ENV NODE_ENV=production
        ENV PORT=8080
        ENV URL=http://localhost:$PORT
        LABEL a=1
        LABEL b=2
        """)).isEqualTo("""
        FROM node:22.12.0-bookworm-slim
        ENV NODE_ENV=production PORT=8080
        ENV URL=http://localhost:$PORT
        LABEL a=1 b=2
        """);
  }

  @Test
  void execFormConvertsPlainCommandsOnly() {
    assertThat(run(new ExecFormPass(), """
        FROM node:22.12.0-bookworm-slim
        CMD node server.js --port 8080
        """)).isEqualTo("""
        FROM node:22.12.0-bookworm-slim
        CMD ["node", "server.js", "--port", "8080"]
        """);
    String shellFeatures = """
        FROM alpine:3.20
        CMD echo $HOME
        """;
    assertThat(run(new ExecFormPass(), shellFeatures)).isEqualTo(shellFeatures);
    String entrypointWithCmd = """
        FROM alpine:3.20
        ENTRYPOINT ["top", "-b"]
        CMD -d 1
        """;
    assertThat(run(new ExecFormPass(), entrypointWithCmd)).isEqualTo(entrypointWithCmd);
  }

  @Test
  void addToCopyForPlainFilesOnly() {
    assertThat(run(new AddToCopyPass(), """
        FROM alpine:3.20
        ADD --chown=1000 requirements.txt /app/
        ADD https://example.com/a.tar.gz /opt/
        ADD vendor.tar.gz /opt/
        ADD src/ /app/src/
        """)).isEqualTo("""
        FROM alpine:3.20
        COPY --chown=1000 requirements.txt /app/
        ADD https://example.com/a.tar.gz /opt/
        ADD vendor.tar.gz /opt/
        COPY src/ /app/src/
        """);
  }

  @Test
  void packageHygieneForApt() {
    assertThat(run(new PackageHygienePass(), """
        FROM debian:12.8
        RUN apt-get install curl
        """)).isEqualTo("""
        FROM debian:12.8
        RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*
        """);
  }

  @Test
  void packageHygieneLeavesCacheMountedRunsUncleaned() {
    String text = """
        FROM debian:12.8
        RUN --mount=type=cache,target=/var/lib/apt/lists,sharing=locked apt-get update && apt-get install -y curl
        RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt
        RUN --mount=type=cache,target=/root/.npm npm ci
        """;
    assertThat(run(new PackageHygienePass(), text)).isEqualTo(text);
  }

  @Test
  void packageHygieneForApkPipNpmYarn() {
    assertThat(run(new PackageHygienePass(), """
        FROM python:3.12.8-slim-bookworm
        RUN apk add curl
        RUN pip install -r requirements.txt
        RUN npm ci
        RUN yarn install --frozen-lockfile
        """)).isEqualTo("""
        FROM python:3.12.8-slim-bookworm
        RUN apk add --no-cache curl
        RUN pip install --no-cache-dir -r requirements.txt
        RUN npm ci && npm cache clean --force
        RUN yarn install --frozen-lockfile && yarn cache clean
        """);
  }

  @Test
  void packageHygieneAggressiveAddsNoInstallRecommends() {
    assertThat(run(new PackageHygienePass(), """
        FROM debian:12.8
        RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*
        """, OptimizeContext.of(BuilderTarget.BUILDKIT).withAggressive(true))).isEqualTo("""
        FROM debian:12.8
        RUN apt-get update && apt-get install --no-install-recommends -y curl && rm -rf /var/lib/apt/lists/*
        """);
  }

  @Test
  void cacheMountsReplaceCleanups() {
    assertThat(run(new CacheMountsPass(), """
        FROM node:22.12.0-bookworm-slim
        RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*
        RUN npm ci && npm cache clean --force
        RUN pip install --no-cache-dir -r requirements.txt
        USER node
        RUN npm ci
        """)).isEqualTo("""
        FROM node:22.12.0-bookworm-slim
        RUN --mount=type=cache,target=/var/lib/apt/lists,sharing=locked --mount=type=cache,target=/var/cache/apt,sharing=locked apt-get update && apt-get install -y curl
        RUN --mount=type=cache,target=/root/.npm npm ci
        RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt
        USER node
        RUN npm ci
        """);
  }

  @Test
  void cacheMountsForGoOnEveryGoRun() {
    assertThat(run(new CacheMountsPass(), """
        FROM golang:1.23.4-bookworm
        RUN go mod download
        RUN go build -o /out/app ./cmd/app
        """)).isEqualTo("""
        FROM golang:1.23.4-bookworm
        RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build go mod download
        RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build go build -o /out/app ./cmd/app
        """);
  }

  @Test
  void copyOrderCopiesManifestsFirstWhenTheContextProvesIt() throws IOException {
    Files.writeString(context.resolve("package.json"), "{\"name\":\"app\",\"scripts\":{\"start\":\"node index.js\"}}");
    Files.writeString(context.resolve("package-lock.json"), "{}");
    OptimizeContext ctx = OptimizeContext.of(BuilderTarget.BUILDKIT).withContextDir(context);
    assertThat(run(new CopyOrderPass(), """
        FROM node:22.12.0-bookworm-slim
        WORKDIR /app
        COPY . .
        RUN npm ci --omit=dev
        CMD ["node", "index.js"]
        """, ctx)).isEqualTo("""
        FROM node:22.12.0-bookworm-slim
        WORKDIR /app
        COPY package.json package-lock.json ./
        RUN npm ci --omit=dev
        COPY . .
        CMD ["node", "index.js"]
        """);
  }

  @Test
  void copyOrderMovesRunsThatReadNothingOfTheContextBeforeTheCopy() {
    assertThat(run(new CopyOrderPass(), """
        FROM python:3.12.8-slim-bookworm
        WORKDIR /app
        COPY . .
        RUN apt-get update && apt-get install -y curl
        RUN useradd -r app
        RUN python -m compileall .
        """)).isEqualTo("""
        FROM python:3.12.8-slim-bookworm
        WORKDIR /app
        RUN apt-get update && apt-get install -y curl
        RUN useradd -r app
        COPY . .
        RUN python -m compileall .
        """);
    String local = """
        FROM debian:12.8
        WORKDIR /app
        COPY . .
        RUN apt-get install -y ./vendor/tool.deb
        """;
    assertThat(run(new CopyOrderPass(), local)).isEqualTo(local);
  }

  @Test
  void copyOrderStaysAwayFromLifecycleScriptsAndWithoutContext() throws IOException {
    Files.writeString(context.resolve("package.json"), "{\"scripts\":{\"postinstall\":\"node setup.js\"}}");
    String text = """
        FROM node:22.12.0-bookworm-slim
        COPY . .
        RUN npm ci
        """;
    assertThat(run(new CopyOrderPass(), text, OptimizeContext.of(BuilderTarget.BUILDKIT).withContextDir(context)))
        .isEqualTo(text);
    assertThat(run(new CopyOrderPass(), text)).isEqualTo(text);
  }

  @Test
  void argPlacementMovesAnArgToItsFirstUse() {
    assertThat(run(new ArgPlacementPass(), """
        FROM node:22.12.0-bookworm-slim
        ARG VERSION
        ENV VERSION=$VERSION
        WORKDIR /app
        COPY package.json package-lock.json ./
        RUN npm ci
        COPY . .
        RUN echo "$VERSION" > version.txt
        """)).isEqualTo("""
        FROM node:22.12.0-bookworm-slim
        WORKDIR /app
        COPY package.json package-lock.json ./
        RUN npm ci
        COPY . .
        ARG VERSION
        ENV VERSION=$VERSION
        RUN echo "$VERSION" > version.txt
        """);
  }

  @Test
  void optimizerSkipsPassesTheTargetCannotTake() {
    Optimizer.Result r = Optimizer.withPasses(Set.of(CacheMountsPass.ID)).optimize(
        DockerfileParser.strict().parse("FROM node:22.12.0-bookworm-slim\nRUN npm ci\n", "Dockerfile"),
        OptimizeContext.of(BuilderTarget.LEGACY));
    assertThat(r.changes()).isEmpty();
  }
}
