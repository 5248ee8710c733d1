package dev.dockwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheCommandTest {
  @TempDir Path dir;
  String dockerfile;

  @BeforeEach
  void context() throws IOException {
    Files.writeString(dir.resolve("Dockerfile"), """
        FROM node:22-bookworm-slim
        ARG VERSION=1
        COPY package.json ./
        RUN npm install
        COPY src/ ./src/
        """);
    Files.writeString(dir.resolve(".dockerignore"), "src/*.md\n");
    Files.createDirectories(dir.resolve("src"));
    Files.writeString(dir.resolve("src/app.js"), "a");
    dockerfile = dir.resolve("Dockerfile").toString();
  }

  @Test
  void printsOneStepALine() {
    MainTest.Result r = MainTest.run("cache", dockerfile, "--changed", "src/app.js", "src/NOTES.md");
    assertThat(r.err()).isEmpty();
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo("""
        line  stage  result  instruction                 reason
           1  0      cached  FROM node:22-bookworm-slim  unchanged
           2  0      cached  ARG VERSION=1               unchanged
           3  0      cached  COPY package.json ./        unchanged
           4  0      cached  RUN npm install             unchanged
           5  0      re-run  COPY src/ ./src/            COPY copies changed file src/app.js
        1 of 5 steps re-run
        """);
  }

  @Test
  void theContextsDockerignoreIsHonoured() {
    MainTest.Result r = MainTest.run("cache", dockerfile, "--changed", dir.resolve("src/NOTES.md").toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains(
        "   5  0      cached  COPY src/ ./src/            changed file src/NOTES.md is excluded by .dockerignore\n");
  }

  @Test
  void jsonWithChangedArgs() {
    MainTest.Result r = MainTest.run("cache", dockerfile, "--changed-arg", "VERSION", "--output", "json",
        "--builder", "buildah");
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("{\n  \"steps\": [\n").endsWith("""
            {
              "stage": "0",
              "line": 4,
              "instruction": "RUN npm install",
              "cached": false,
              "reason": "build arg VERSION changed"
            },
            {
              "stage": "0",
              "line": 5,
              "instruction": "COPY src/ ./src/",
              "cached": false,
              "reason": "parent step re-runs"
            }
          ],
          "rerun": 2,
          "total": 5
        }
        """);
  }

  @Test
  void aParseErrorExitsTwoWithItsPosition() throws IOException {
    Files.writeString(dir.resolve("Bad.Dockerfile"), "FROM debian\nCOPPY a b\n");
    MainTest.Result r = MainTest.run("cache", dir.resolve("Bad.Dockerfile").toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith(dir.resolve("Bad.Dockerfile") + ":2:1: ");
    assertThat(r.err()).doesNotContain("Exception");
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(MainTest.run("cache", dockerfile, "--target", "nope").err())
        .isEqualTo("dockwright cache: target stage \"nope\" could not be found\n");
    assertThat(MainTest.run("cache", dockerfile, "--target", "nope").status()).isEqualTo(2);
    assertThat(MainTest.run("cache", dockerfile, "--changed", "/elsewhere/x").err())
        .isEqualTo("dockwright cache: changed path is outside the context: /elsewhere/x\n");
    assertThat(MainTest.run("cache", dockerfile, "--builder", "legacy").status()).isEqualTo(2);
    assertThat(MainTest.run("cache", dockerfile, "--output", "yaml").status()).isEqualTo(2);
    assertThat(MainTest.run("cache", dir.resolve("missing").toString()).err())
        .isEqualTo("dockwright: " + dir.resolve("missing") + ": no such file\n");
    assertThat(MainTest.run("cache").status()).isEqualTo(2);
  }
}
