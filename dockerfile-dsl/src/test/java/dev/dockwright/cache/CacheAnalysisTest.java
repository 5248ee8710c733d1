package dev.dockwright.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dockwright.cache.CacheReport.Cause;
import dev.dockwright.cache.CacheReport.Step;
import dev.dockwright.context.BuildContext;
import dev.dockwright.context.DockerIgnore;
import dev.dockwright.model.BuilderTarget;
import dev.dockwright.parser.DockerfileParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheAnalysisTest {

  static String report(String dockerfile, UnaryOperator<CacheAnalysis> options) {
    return options.apply(CacheAnalysis.of(DockerfileParser.strict().parse(dockerfile, "Dockerfile"))).analyze().text();
  }

  static UnaryOperator<CacheAnalysis> changed(String... paths) {
    return a -> a.withChangedPaths(List.of(paths));
  }

  static UnaryOperator<CacheAnalysis> args(String... names) {
    return a -> a.withChangedArgs(List.of(names));
  }

  static final String NODE = """
      FROM node:22-bookworm-slim
      WORKDIR /app
      COPY package.json package-lock.json ./
      RUN npm ci
      COPY src/ ./src/
      RUN npm run build
      CMD ["node", "dist/server.js"]
      """;

  @Test
  void nothingChangedReusesEveryStep() {
    assertThat(report(NODE, changed())).isEqualTo("""
        line  stage  result  instruction                             reason
           1  0      cached  FROM node:22-bookworm-slim              unchanged
           2  0      cached  WORKDIR /app                            unchanged
           3  0      cached  COPY package.json package-lock.json ./  unchanged
           4  0      cached  RUN npm ci                              unchanged
           5  0      cached  COPY src/ ./src/                        unchanged
           6  0      cached  RUN npm run build                       unchanged
           7  0      cached  CMD ["node", "dist/server.js"]          unchanged
        0 of 7 steps re-run
        """);
  }

  @Test
  void aSourceEditReRunsFromTheCopyThatTakesIt() {
    assertThat(report(NODE, changed("src/app.js"))).isEqualTo("""
        line  stage  result  instruction                             reason
           1  0      cached  FROM node:22-bookworm-slim              unchanged
           2  0      cached  WORKDIR /app                            unchanged
           3  0      cached  COPY package.json package-lock.json ./  unchanged
           4  0      cached  RUN npm ci                              unchanged
           5  0      re-run  COPY src/ ./src/                        COPY copies changed file src/app.js
           6  0      re-run  RUN npm run build                       parent step re-runs
           7  0      re-run  CMD ["node", "dist/server.js"]          parent step re-runs
        3 of 7 steps re-run
        """);
  }

  @Test
  void aLockfileEditReRunsTheInstallAndEverythingAfter() {
    assertThat(report(NODE, changed("./package-lock.json", "/src/a.js", "README.md"))).isEqualTo("""
        line  stage  result  instruction                             reason
           1  0      cached  FROM node:22-bookworm-slim              unchanged
           2  0      cached  WORKDIR /app                            unchanged
           3  0      re-run  COPY package.json package-lock.json ./  COPY copies changed file package-lock.json
           4  0      re-run  RUN npm ci                              parent step re-runs
           5  0      re-run  COPY src/ ./src/                        parent step re-runs
           6  0      re-run  RUN npm run build                       parent step re-runs
           7  0      re-run  CMD ["node", "dist/server.js"]          parent step re-runs
        5 of 7 steps re-run
        """);
  }

  @Test
  void aFileNoStepCopiesChangesNothing() {
    assertThat(report(NODE, changed("README.md", "docs/guide.md"))).endsWith("0 of 7 steps re-run\n");
  }

  static final String COPY = """
      FROM debian:bookworm-slim
      COPY package*.json ./
      COPY *.go /src/
      COPY src /app/src
      RUN make
      """;

  @Test
  void globsMatchLikeGoPathMatch() {
    assertThat(report(COPY, changed("main.go"))).isEqualTo("""
        line  stage  result  instruction                reason
           1  0      cached  FROM debian:bookworm-slim  unchanged
           2  0      cached  COPY package*.json ./      unchanged
           3  0      re-run  COPY *.go /src/            COPY copies changed file main.go
           4  0      re-run  COPY src /app/src          parent step re-runs
           5  0      re-run  RUN make                   parent step re-runs
        3 of 5 steps re-run
        """);
    // *.go does not cross a /: cmd/x.go is not copied by line 3
    assertThat(report(COPY, changed("cmd/x.go", "package-lock.json"))).isEqualTo("""
        line  stage  result  instruction                reason
           1  0      cached  FROM debian:bookworm-slim  unchanged
           2  0      re-run  COPY package*.json ./      COPY copies changed file package-lock.json
           3  0      re-run  COPY *.go /src/            parent step re-runs
           4  0      re-run  COPY src /app/src          parent step re-runs
           5  0      re-run  RUN make                   parent step re-runs
        4 of 5 steps re-run
        """);
  }

  @Test
  void aDirectoryTakesEverythingInItRecursively() {
    assertThat(report(COPY, changed("src/lib/deep/a.js", "src/b.js", "src/c.js", "src/d.js", "src/e.js")))
        .isEqualTo("""
            line  stage  result  instruction                reason
               1  0      cached  FROM debian:bookworm-slim  unchanged
               2  0      cached  COPY package*.json ./      unchanged
               3  0      cached  COPY *.go /src/            unchanged
               4  0      re-run  COPY src /app/src          COPY copies changed files src/lib/deep/a.js, src/b.js, src/c.js and 2 more
               5  0      re-run  RUN make                   parent step re-runs
            2 of 5 steps re-run
            """);
  }

  @Test
  void aDockerignoredFileNeverInvalidates() {
    BuildContext context = BuildContext.of(Path.of("ctx"), DockerIgnore.parse("src/lib\n**/*.md\n"));
    assertThat(report(COPY, a -> a.withContext(context).withChangedPaths(List.of("src/lib/a.js", "src/README.md"))))
        .isEqualTo("""
            line  stage  result  instruction                reason
               1  0      cached  FROM debian:bookworm-slim  unchanged
               2  0      cached  COPY package*.json ./      unchanged
               3  0      cached  COPY *.go /src/            unchanged
               4  0      cached  COPY src /app/src          changed files src/lib/a.js and src/README.md are excluded by .dockerignore
               5  0      cached  RUN make                   unchanged
            0 of 5 steps re-run
            """);
  }

  static final String ADD = """
      FROM debian:bookworm-slim
      COPY --exclude=*.md docs/ /docs/
      ADD https://example.com/tool.tgz /opt/
      ADD vendor.tar.gz /opt/vendor/
      """;

  @Test
  void copyExcludeAndAddOfAUrl() {
    assertThat(report(ADD, changed("docs/guide.md"))).isEqualTo("""
        line  stage  result  instruction                             reason
           1  0      cached  FROM debian:bookworm-slim               unchanged
           2  0      cached  COPY --exclude=*.md docs/ /docs/        changed file docs/guide.md is excluded by --exclude
           3  0      cached  ADD https://example.com/tool.tgz /opt/  ADD of a URL is taken as unchanged
           4  0      cached  ADD vendor.tar.gz /opt/vendor/          unchanged
        0 of 4 steps re-run
        """);
    assertThat(report(ADD, changed("vendor.tar.gz"))).isEqualTo("""
        line  stage  result  instruction                             reason
           1  0      cached  FROM debian:bookworm-slim               unchanged
           2  0      cached  COPY --exclude=*.md docs/ /docs/        unchanged
           3  0      cached  ADD https://example.com/tool.tgz /opt/  ADD of a URL is taken as unchanged
           4  0      re-run  ADD vendor.tar.gz /opt/vendor/          ADD copies changed file vendor.tar.gz
        1 of 4 steps re-run
        """);
  }

  static final String MOUNTS = """
      FROM golang:1.23-bookworm AS build
      WORKDIR /src
      RUN --mount=type=bind,source=go.mod,target=go.mod --mount=type=cache,target=/go/pkg/mod go mod download
      RUN --mount=type=bind,target=. --mount=type=cache,target=/root/.cache/go-build go build -o /out/app ./cmd/app
      RUN --mount=type=secret,id=token,target=/run/secrets/token ./publish.sh

      FROM debian:bookworm-slim
      RUN --mount=type=bind,from=build,source=/out,target=/mnt/out cp /mnt/out/app /usr/local/bin/app
      CMD ["app"]
      """;

  @Test
  void bindMountsOfChangedFilesAndStagesReRun() {
    assertThat(report(MOUNTS, changed("go.mod"))).isEqualTo("""
        line  stage  result  instruction                                                   reason
           1  build  cached  FROM golang:1.23-bookworm AS build                            unchanged
           2  build  cached  WORKDIR /src                                                  unchanged
           3  build  re-run  RUN --mount=type=bind,source=go.mod,target=go.mod --mount...  RUN bind-mounts changed file go.mod
           4  build  re-run  RUN --mount=type=bind,target=. --mount=type=cache,target=...  parent step re-runs
           5  build  re-run  RUN --mount=type=secret,id=token,target=/run/secrets/toke...  parent step re-runs
           7  1      cached  FROM debian:bookworm-slim                                     unchanged
           8  1      re-run  RUN --mount=type=bind,from=build,source=/out,target=/mnt/...  mounts stage "build", which re-runs
           9  1      re-run  CMD ["app"]                                                   parent step re-runs
        5 of 8 steps re-run
        """);
  }

  @Test
  void cacheAndSecretMountsDoNotInvalidate() {
    assertThat(report(MOUNTS, changed("cmd/app/main.go"))).isEqualTo("""
        line  stage  result  instruction                                                   reason
           1  build  cached  FROM golang:1.23-bookworm AS build                            unchanged
           2  build  cached  WORKDIR /src                                                  unchanged
           3  build  cached  RUN --mount=type=bind,source=go.mod,target=go.mod --mount...  cache mounts do not invalidate
           4  build  re-run  RUN --mount=type=bind,target=. --mount=type=cache,target=...  RUN bind-mounts changed file cmd/app/main.go
           5  build  re-run  RUN --mount=type=secret,id=token,target=/run/secrets/toke...  parent step re-runs
           7  1      cached  FROM debian:bookworm-slim                                     unchanged
           8  1      re-run  RUN --mount=type=bind,from=build,source=/out,target=/mnt/...  mounts stage "build", which re-runs
           9  1      re-run  CMD ["app"]                                                   parent step re-runs
        4 of 8 steps re-run
        """);
  }

  @Test
  void buildahDoesNotCheckBindMounts() {
    assertThat(report(MOUNTS, a -> a.withBuilder(BuilderTarget.BUILDAH).withChangedPaths(List.of("cmd/app/main.go"))))
        .isEqualTo("""
            line  stage  result  instruction                                                   reason
               1  build  cached  FROM golang:1.23-bookworm AS build                            unchanged
               2  build  cached  WORKDIR /src                                                  unchanged
               3  build  cached  RUN --mount=type=bind,source=go.mod,target=go.mod --mount...  cache mounts do not invalidate
               4  build  cached  RUN --mount=type=bind,target=. --mount=type=cache,target=...  RUN bind-mounts changed file cmd/app/main.go, but buildah does not check bind mounts
               5  build  cached  RUN --mount=type=secret,id=token,target=/run/secrets/toke...  secret mounts do not invalidate
               7  1      cached  FROM debian:bookworm-slim                                     unchanged
               8  1      cached  RUN --mount=type=bind,from=build,source=/out,target=/mnt/...  unchanged
               9  1      cached  CMD ["app"]                                                   unchanged
            0 of 8 steps re-run
            """);
  }

  static final String MULTI = """
      # syntax=docker/dockerfile:1
      ARG NODE_VERSION=22
      FROM node:${NODE_VERSION}-bookworm-slim AS deps
      WORKDIR /app
      COPY package.json package-lock.json ./
      RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev

      FROM node:${NODE_VERSION}-bookworm-slim AS build
      WORKDIR /app
      COPY package.json package-lock.json ./
      RUN npm ci
      COPY src ./src
      RUN npm run build

      FROM build AS test
      RUN npm test

      FROM gcr.io/distroless/nodejs22-debian12:nonroot AS runtime
      COPY --from=deps /app/node_modules ./node_modules
      COPY --from=build /app/dist ./dist
      CMD ["dist/server.js"]
      """;

  @Test
  void stagesCopiedFromReRunAndUnneededStagesAreNotBuilt() {
    assertThat(report(MULTI, changed("src/app.ts"))).isEqualTo("""
        line  stage    result  instruction                                                  reason
           2  -        cached  ARG NODE_VERSION=22                                          unchanged
           3  deps     cached  FROM node:${NODE_VERSION}-bookworm-slim AS deps              unchanged
           4  deps     cached  WORKDIR /app                                                 unchanged
           5  deps     cached  COPY package.json package-lock.json ./                       unchanged
           6  deps     cached  RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev   cache mounts do not invalidate
           8  build    cached  FROM node:${NODE_VERSION}-bookworm-slim AS build             unchanged
           9  build    cached  WORKDIR /app                                                 unchanged
          10  build    cached  COPY package.json package-lock.json ./                       unchanged
          11  build    cached  RUN npm ci                                                   unchanged
          12  build    re-run  COPY src ./src                                               COPY copies changed file src/app.ts
          13  build    re-run  RUN npm run build                                            parent step re-runs
          15  test     cached  FROM build AS test                                           stage not needed for the target
          16  test     cached  RUN npm test                                                 stage not needed for the target
          18  runtime  cached  FROM gcr.io/distroless/nodejs22-debian12:nonroot AS runtime  unchanged
          19  runtime  cached  COPY --from=deps /app/node_modules ./node_modules            unchanged
          20  runtime  re-run  COPY --from=build /app/dist ./dist                           stage "build" re-runs and is copied from
          21  runtime  re-run  CMD ["dist/server.js"]                                       parent step re-runs
        4 of 17 steps re-run
        """);
  }

  @Test
  void aTargetBuildsItsStagesOnlyAndFromAStageFollowsIt() {
    assertThat(report(MULTI, a -> a.withTarget("TEST").withChangedArgs(List.of("NODE_VERSION")))).isEqualTo("""
        line  stage    result  instruction                                                  reason
           2  -        cached  ARG NODE_VERSION=22                                          build arg NODE_VERSION changed; its first use re-runs
           3  deps     cached  FROM node:${NODE_VERSION}-bookworm-slim AS deps              stage not needed for the target
           4  deps     cached  WORKDIR /app                                                 stage not needed for the target
           5  deps     cached  COPY package.json package-lock.json ./                       stage not needed for the target
           6  deps     cached  RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev   stage not needed for the target
           8  build    re-run  FROM node:${NODE_VERSION}-bookworm-slim AS build             build arg NODE_VERSION changed
           9  build    re-run  WORKDIR /app                                                 parent step re-runs
          10  build    re-run  COPY package.json package-lock.json ./                       parent step re-runs
          11  build    re-run  RUN npm ci                                                   parent step re-runs
          12  build    re-run  COPY src ./src                                               parent step re-runs
          13  build    re-run  RUN npm run build                                            parent step re-runs
          15  test     re-run  FROM build AS test                                           stage "build" re-runs
          16  test     re-run  RUN npm test                                                 parent step re-runs
          18  runtime  cached  FROM gcr.io/distroless/nodejs22-debian12:nonroot AS runtime  stage not needed for the target
          19  runtime  cached  COPY --from=deps /app/node_modules ./node_modules            stage not needed for the target
          20  runtime  cached  COPY --from=build /app/dist ./dist                           stage not needed for the target
          21  runtime  cached  CMD ["dist/server.js"]                                       stage not needed for the target
        8 of 17 steps re-run
        """);
  }

  static final String ARGS = """
      ARG BASE=debian:bookworm-slim
      ARG VERSION=1.0
      FROM ${BASE} AS base
      ARG VERSION
      COPY app.txt /app/
      LABEL version=$VERSION
      RUN echo building
      ENV APP_HOME=/opt/app-$VERSION
      WORKDIR $APP_HOME
      COPY data.txt ./
      """;

  @Test
  void aChangedArgMissesAtItsFirstUseAndEveryRunAfterIt() {
    assertThat(report(ARGS, args("VERSION"))).isEqualTo("""
        line  stage  result  instruction                     reason
           1  -      cached  ARG BASE=debian:bookworm-slim   unchanged
           2  -      cached  ARG VERSION=1.0                 build arg VERSION changed; its first use re-runs
           3  base   cached  FROM ${BASE} AS base            unchanged
           4  base   cached  ARG VERSION                     build arg VERSION changed; its first use re-runs
           5  base   cached  COPY app.txt /app/              unchanged
           6  base   re-run  LABEL version=$VERSION          build arg VERSION changed
           7  base   re-run  RUN echo building               build arg VERSION changed
           8  base   re-run  ENV APP_HOME=/opt/app-$VERSION  parent step re-runs
           9  base   re-run  WORKDIR $APP_HOME               parent step re-runs
          10  base   re-run  COPY data.txt ./                parent step re-runs
        5 of 10 steps re-run
        """);
  }

  @Test
  void buildahKeysStepsOtherThanRunByTheirText() {
    assertThat(report(ARGS, a -> a.withBuilder(BuilderTarget.BUILDAH).withChangedArgs(List.of("VERSION"))))
        .isEqualTo("""
            line  stage  result  instruction                     reason
               1  -      cached  ARG BASE=debian:bookworm-slim   unchanged
               2  -      cached  ARG VERSION=1.0                 build arg VERSION changed; its first use re-runs
               3  base   cached  FROM ${BASE} AS base            unchanged
               4  base   cached  ARG VERSION                     build arg VERSION changed; its first use re-runs
               5  base   cached  COPY app.txt /app/              unchanged
               6  base   cached  LABEL version=$VERSION          build arg VERSION changed, but buildah keys LABEL by its unexpanded text
               7  base   re-run  RUN echo building               build arg VERSION changed
               8  base   re-run  ENV APP_HOME=/opt/app-$VERSION  parent step re-runs
               9  base   re-run  WORKDIR $APP_HOME               parent step re-runs
              10  base   re-run  COPY data.txt ./                parent step re-runs
            4 of 10 steps re-run
            """);
  }

  @Test
  void aGlobalArgUsedInFromReRunsTheStage() {
    assertThat(report(ARGS, args("BASE"))).isEqualTo("""
        line  stage  result  instruction                     reason
           1  -      cached  ARG BASE=debian:bookworm-slim   build arg BASE changed; its first use re-runs
           2  -      cached  ARG VERSION=1.0                 unchanged
           3  base   re-run  FROM ${BASE} AS base            build arg BASE changed
           4  base   re-run  ARG VERSION                     parent step re-runs
           5  base   re-run  COPY app.txt /app/              parent step re-runs
           6  base   re-run  LABEL version=$VERSION          parent step re-runs
           7  base   re-run  RUN echo building               parent step re-runs
           8  base   re-run  ENV APP_HOME=/opt/app-$VERSION  parent step re-runs
           9  base   re-run  WORKDIR $APP_HOME               parent step re-runs
          10  base   re-run  COPY data.txt ./                parent step re-runs
        8 of 10 steps re-run
        """);
  }

  static final String VARIANT = """
      ARG VARIANT=prod
      FROM debian:bookworm-slim AS base-prod
      RUN echo prod
      FROM debian:bookworm-slim AS base-dev
      RUN echo dev
      FROM base-${VARIANT} AS final
      COPY app /app
      """;

  @Test
  void aFromThatNamesAStageThroughAnArgFollowsTheStageItNames() {
    assertThat(report(VARIANT, changed("app/x"))).isEqualTo("""
        line  stage      result  instruction                             reason
           1  -          cached  ARG VARIANT=prod                        unchanged
           2  base-prod  cached  FROM debian:bookworm-slim AS base-prod  unchanged
           3  base-prod  cached  RUN echo prod                           unchanged
           4  base-dev   cached  FROM debian:bookworm-slim AS base-dev   stage not needed for the target
           5  base-dev   cached  RUN echo dev                            stage not needed for the target
           6  final      cached  FROM base-${VARIANT} AS final           unchanged
           7  final      re-run  COPY app /app                           COPY copies changed file app/x
        1 of 7 steps re-run
        """);
    assertThat(report(VARIANT, a -> a.withBuildArgs(Map.of("VARIANT", "dev")).withChangedPaths(List.of("app/x"))))
        .contains("   4  base-dev   cached  FROM debian:bookworm-slim AS base-dev   unchanged\n")
        .contains("   2  base-prod  cached  FROM debian:bookworm-slim AS base-prod  stage not needed for the target\n");
    assertThat(report(VARIANT, args("VARIANT")))
        .contains("   6  final      re-run  FROM base-${VARIANT} AS final           build arg VARIANT changed\n")
        .endsWith("2 of 7 steps re-run\n");
  }

  @Test
  void anArgNoInstructionDeclaresChangesNothing() {
    assertThat(report(ARGS, args("UNDECLARED", "HTTP_PROXY"))).endsWith("0 of 10 steps re-run\n");
  }

  static final String DERIVED = """
      ARG A=1
      FROM debian:bookworm-slim
      ARG A
      ARG B=$A-x
      ARG APP=web
      COPY ${APP}/ /srv/
      USER ${B}
      RUN echo hi
      """;

  @Test
  void argsDerivedFromAChangedArgChangeToo() {
    assertThat(report(DERIVED, args("A"))).isEqualTo("""
        line  stage  result  instruction                reason
           1  -      cached  ARG A=1                    build arg A changed; its first use re-runs
           2  0      cached  FROM debian:bookworm-slim  unchanged
           3  0      cached  ARG A                      build arg A changed; its first use re-runs
           4  0      cached  ARG B=$A-x                 build arg A changed; its first use re-runs
           5  0      cached  ARG APP=web                unchanged
           6  0      cached  COPY ${APP}/ /srv/         unchanged
           7  0      re-run  USER ${B}                  build arg A changed
           8  0      re-run  RUN echo hi                build arg A changed
        2 of 8 steps re-run
        """);
  }

  @Test
  void pathsExpandWithDefaultsOrTheBuildArgsGiven() {
    assertThat(report(DERIVED, changed("web/index.js", "api/index.js")))
        .contains("   6  0      re-run  COPY ${APP}/ /srv/         COPY copies changed file web/index.js\n");
    assertThat(report(DERIVED, a -> a.withBuildArgs(Map.of("APP", "api"))
            .withChangedPaths(List.of("web/index.js", "api/index.js"))))
        .contains("   6  0      re-run  COPY ${APP}/ /srv/         COPY copies changed file api/index.js\n");
    assertThat(report(DERIVED, args("APP")))
        .contains("   6  0      re-run  COPY ${APP}/ /srv/         build arg APP changed\n");
  }

  static final String ENV = """
      FROM debian:bookworm-slim
      ARG V=1
      ENV HOME_DIR=/opt/app-$V
      COPY a.txt $HOME_DIR/
      EXPOSE 80
      """;

  @Test
  void anEnvThatUsesAChangedArgPassesTheChangeOn() {
    assertThat(report(ENV, args("V"))).isEqualTo("""
        line  stage  result  instruction                reason
           1  0      cached  FROM debian:bookworm-slim  unchanged
           2  0      cached  ARG V=1                    build arg V changed; its first use re-runs
           3  0      re-run  ENV HOME_DIR=/opt/app-$V   build arg V changed
           4  0      re-run  COPY a.txt $HOME_DIR/      build arg V changed
           5  0      re-run  EXPOSE 80                  parent step re-runs
        3 of 5 steps re-run
        """);
    assertThat(report(ENV, a -> a.withBuilder(BuilderTarget.BUILDAH).withChangedArgs(List.of("V")))).isEqualTo("""
        line  stage  result  instruction                reason
           1  0      cached  FROM debian:bookworm-slim  unchanged
           2  0      cached  ARG V=1                    build arg V changed; its first use re-runs
           3  0      cached  ENV HOME_DIR=/opt/app-$V   build arg V changed, but buildah keys ENV by its unexpanded text
           4  0      cached  COPY a.txt $HOME_DIR/      build arg V changed, but buildah keys COPY by its unexpanded text
           5  0      cached  EXPOSE 80                  unchanged
        0 of 5 steps re-run
        """);
  }

  @Test
  void aMetadataChangeDoesNotFlowButTheEnvironmentIsInherited() {
    String file = """
        FROM debian:bookworm-slim AS base
        ARG V=1
        LABEL v=$V

        FROM base AS app
        COPY x /x
        RUN echo $V
        """;
    assertThat(report(file, args("V"))).isEqualTo("""
        line  stage  result  instruction                        reason
           1  base   cached  FROM debian:bookworm-slim AS base  unchanged
           2  base   cached  ARG V=1                            build arg V changed; its first use re-runs
           3  base   re-run  LABEL v=$V                         build arg V changed
           5  app    cached  FROM base AS app                   unchanged
           6  app    cached  COPY x /x                          unchanged
           7  app    re-run  RUN echo $V                        build arg V changed
        2 of 6 steps re-run
        """);
  }

  @Test
  void aChangedDirectoryStandsForTheContextFilesInIt(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("src/lib"));
    Files.writeString(dir.resolve("src/lib/a.js"), "a");
    Files.writeString(dir.resolve("src/notes.md"), "n");
    Files.writeString(dir.resolve(".dockerignore"), "**/*.md\n");
    CacheAnalysis base = CacheAnalysis.of(DockerfileParser.strict().parse(COPY, "Dockerfile"))
        .withContext(BuildContext.of(dir));
    assertThat(base.withChangedPaths(List.of("src")).analyze().steps().get(3).reason())
        .isEqualTo("COPY copies changed file src/lib/a.js");
    // a directory stands for the files of the context in it: what .dockerignore leaves out is not there
    Files.delete(dir.resolve("src/lib/a.js"));
    assertThat(base.withChangedPaths(List.of("src")).analyze().steps().get(3).reason()).isEqualTo("unchanged");
    assertThat(base.withChangedPaths(List.of("src/notes.md")).analyze().steps().get(3).reason())
        .isEqualTo("changed file src/notes.md is excluded by .dockerignore");
  }

  @Test
  void stepsCarryTheirStageLineTextAndCause() {
    CacheReport report = CacheAnalysis.of(DockerfileParser.strict().parse(MULTI, "Dockerfile"))
        .withChangedPaths(List.of("src/app.ts")).analyze();
    Step copy = report.steps().get(9);
    assertThat(copy.stage()).isEqualTo(1);
    assertThat(copy.stageName()).contains("build");
    assertThat(copy.line()).isEqualTo(12);
    assertThat(copy.text()).isEqualTo("COPY src ./src");
    assertThat(copy.cached()).isFalse();
    assertThat(copy.cause()).isEqualTo(Cause.CHANGED_FILES);
    assertThat(report.steps().get(0).stage()).isEqualTo(-1);
    assertThat(report.steps().get(0).stageName()).isEqualTo(Optional.empty());
    assertThat(report.rerunSteps()).extracting(Step::line).containsExactly(12, 13, 20, 21);
    assertThat(report.rerun()).isEqualTo(4);
    assertThat(report.total()).isEqualTo(17);
  }

  @Test
  void continuationLinesAreJoinedOnOneLine() {
    String file = "FROM debian:bookworm-slim\nRUN apt-get update \\\n    && apt-get install -y curl\n";
    assertThat(report(file, changed())).contains(
        "   2  0      cached  RUN apt-get update && apt-get install -y curl  unchanged\n");
  }

  @Test
  void json() {
    String json = CacheAnalysis.of(DockerfileParser.strict().parse("""
            ARG V=1
            FROM debian:bookworm-slim AS base
            COPY ["a b.txt", "/x"]
            """, "Dockerfile"))
        .withChangedPaths(List.of("a b.txt")).analyze().json();
    assertThat(json).isEqualTo("""
        {
          "steps": [
            {
              "stage": null,
              "line": 1,
              "instruction": "ARG V=1",
              "cached": true,
              "reason": "unchanged"
            },
            {
              "stage": "base",
              "line": 2,
              "instruction": "FROM debian:bookworm-slim AS base",
              "cached": true,
              "reason": "unchanged"
            },
            {
              "stage": "base",
              "line": 3,
              "instruction": "COPY [\\"a b.txt\\", \\"/x\\"]",
              "cached": false,
              "reason": "COPY copies changed file a b.txt"
            }
          ],
          "rerun": 1,
          "total": 3
        }
        """);
  }

  @Test
  void badInputsAreRefusedWithAMessage() {
    CacheAnalysis a = CacheAnalysis.of(DockerfileParser.strict().parse(NODE, "Dockerfile"));
    assertThatThrownBy(() -> a.withTarget("nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("target stage \"nope\" could not be found");
    assertThatThrownBy(() -> a.withChangedPaths(List.of("../outside.txt")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("changed path is outside the context: ../outside.txt");
    assertThatThrownBy(() -> a.withChangedArgs(List.of("NOT-A-NAME")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid build argument name: \"NOT-A-NAME\"");
    assertThatThrownBy(() -> a.withBuilder(BuilderTarget.LEGACY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cache analysis models buildkit and buildah, not the legacy builder");
  }
}
