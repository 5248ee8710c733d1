package dev.dockwright.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dockwright.model.ImageRef;
import org.junit.jupiter.api.Test;

class FromTest {

  @Test
  void fromAnImage() {
    DockerfileBuilder file = DockerfileBuilder.create();
    file.from("node:22.12.0-bookworm-slim").run("node --version");

    assertThat(file.render()).isEqualTo("""
        FROM node:22.12.0-bookworm-slim
        RUN node --version
        """);
  }

  @Test
  void fromWithDigest() {
    DockerfileBuilder file = DockerfileBuilder.create();
    file.from("ghcr.io/acme/app@sha256:" + "ab".repeat(32)).run("true");

    assertThat(file.render()).isEqualTo("""
        FROM ghcr.io/acme/app@sha256:abababababababababababababababababababababababababababababababab
        RUN true
        """);
  }

  @Test
  void fromWithPlatform() {
    DockerfileBuilder file = DockerfileBuilder.create();
    file.stage("build", "golang:1.23.4-bookworm").platform("$BUILDPLATFORM").run("go version");

    assertThat(file.render()).isEqualTo("""
        FROM --platform=$BUILDPLATFORM golang:1.23.4-bookworm AS build
        RUN go version
        """);
  }

  @Test
  void fromWithStageName() {
    DockerfileBuilder file = DockerfileBuilder.create();
    file.stage("build", "golang:1.23.4-bookworm").run("go version");

    assertThat(file.render()).isEqualTo("""
        FROM golang:1.23.4-bookworm AS build
        RUN go version
        """);
  }

  @Test
  void fromScratch() {
    DockerfileBuilder file = DockerfileBuilder.create();
    StageBuilder build = file.stage("build", "golang:1.23.4-bookworm").run("go build -o /app .");
    file.stage(null, ImageRef.SCRATCH).copyFrom(build, "/app", "/app");

    assertThat(file.render()).isEqualTo("""
        FROM golang:1.23.4-bookworm AS build
        RUN go build -o /app .

        FROM scratch
        COPY --from=build /app /app
        """);
  }

  @Test
  void fromAnEarlierStage() {
    DockerfileBuilder file = DockerfileBuilder.create();
    StageBuilder base = file.stage("base", "python:3.13-slim").run("pip install poetry");
    file.stage("test", base).run("poetry run pytest");

    assertThat(file.render()).isEqualTo("""
        FROM python:3.13-slim AS base
        RUN pip install poetry

        FROM base AS test
        RUN poetry run pytest
        """);
  }

  @Test
  void fromAnUnnamedEarlierStageIsRefused() {
    // BuildKit resolves FROM by stage name only: "FROM 0" would pull an image called "0".
    DockerfileBuilder file = DockerfileBuilder.create();
    StageBuilder base = file.from("python:3.13-slim").run("pip install poetry");
    file.stage(null, base).run("poetry run pytest");

    assertThatThrownBy(file::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("FROM cannot refer to stage 0 by its index: give that stage a name");
  }

  @Test
  void fromAnImageNamedByBuildArguments() {
    DockerfileBuilder file = DockerfileBuilder.create().arg("BASE", "alpine:3.20");
    file.stage(null, ImageRef.of("${BASE}")).run("true");

    assertThat(file.render()).isEqualTo("""
        ARG BASE=alpine:3.20
        FROM ${BASE}
        RUN true
        """);
  }
}
