package dev.dockwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The subcommands end to end: exact output, exact messages, exit codes. */
class CommandsTest {
  @TempDir Path dir;

  private Path file(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void initNamesTheFlavoursItKnows() throws IOException {
    Path dir = file("go.mod", "module example.com/app\n\ngo 1.23\n").getParent();
    MainTest.Result r = MainTest.run("init", dir.toString(), "--flavor", "foo");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err())
        .isEqualTo("dockwright init: not a runtime flavour: \"foo\" (expected slim, alpine, distroless or scratch)\n");
  }

  @Test
  void initNamesTheTemplatesItKnowsAndChecksTheProject() throws IOException {
    Path dir = file("go.mod", "module example.com/app\n\ngo 1.23\n").getParent();
    MainTest.Result r = MainTest.run("init", dir.toString(), "--template", "rust");
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("dockwright init: not a template: \"rust\" (expected node, python, go or auto)\n");
    // a Go module without a main package is the project's fault (exit 1), not an internal error
    MainTest.Result noMain = MainTest.run("init", dir.toString());
    assertThat(noMain.status()).isEqualTo(1);
    assertThat(noMain.err()).isEqualTo("dockwright init: no main package: looked for package main in the module root"
        + " and in cmd/*/; name the one to build (TemplateOptions.mainPackage, dockwright init --main-package,"
        + " the Maven plugin's mainPackage)\n");
    Files.createDirectories(dir.resolve("cmd/api"));
    Files.writeString(dir.resolve("cmd/api/main.go"), "package main\n\nfunc main() {}\n");
    MainTest.Result node = MainTest.run("init", dir.toString(), "--template", "Node");
    assertThat(node.status()).isEqualTo(1);
    assertThat(node.err()).isEqualTo("dockwright init: " + dir + " is a go project, not node\n");
    file("main.go", "package main\n\nfunc main() {}\n"); // a second main package: the user chooses
    MainTest.Result several = MainTest.run("init", dir.toString());
    assertThat(several.status()).isEqualTo(1);
    assertThat(several.err()).isEqualTo("dockwright init: several main packages: ., ./cmd/api; choose one"
        + " (TemplateOptions.mainPackage, dockwright init --main-package, the Maven plugin's mainPackage)\n");
    MainTest.Result chosen = MainTest.run("init", dir.toString(), "--main-package", "./cmd/api");
    assertThat(chosen.status()).isZero();
    assertThat(chosen.out().lines().filter(line -> line.contains("go build")))
        .containsExactly("RUN --mount=type=cache,target=/go/pkg/mod --mount=type=cache,target=/root/.cache/go-build"
            + " go build -trimpath -ldflags=\"-s -w\" -o /out/api ./cmd/api");
  }

  @Test
  void parsePrintsTheFileBackExactly() throws IOException {
    String text = "# syntax=docker/dockerfile:1\r\nfrom alpine:3.20 as base\r\nRUN echo \\\r\n  hi";
    MainTest.Result r = MainTest.run("parse", file("Dockerfile", text).toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo(text);
    assertThat(r.err()).isEmpty();
  }

  @Test
  void parseReportsEveryErrorWithItsPosition() throws IOException {
    Path f = file("Dockerfile", "FROM alpine:3.20\nCOPPY a b\nRUN --networks=none true\n");
    MainTest.Result r = MainTest.run("parse", f.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo(f + ":2:1: unknown instruction: COPPY (did you mean COPY?)\n"
        + f + ":3:5: unknown flag: --networks (did you mean network?)\n");
  }

  @Test
  void parseLenientKeepsUnknownFlags() throws IOException {
    String text = "FROM scratch\nCOPY --doit=true foo /tmp/\n";
    MainTest.Result r = MainTest.run("parse", "--lenient", file("Dockerfile", text).toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo(text);
  }

  @Test
  void parseAsBuildKitDump() throws IOException {
    MainTest.Result r = MainTest.run("parse", "--output", "buildkit",
        file("Dockerfile", "FROM scratch\nCOPY --user=me foo /tmp/\nENV a b\n").toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo("""
        (from "scratch")
        (copy ["--user=me"] "foo" "/tmp/")
        (env "a" "b" "")
        """);
  }

  @Test
  void parseAsJson() throws IOException {
    MainTest.Result r = MainTest.run("parse", "--output", "json", file("Dockerfile", "FROM alpine:3.20\nUSER 10001\n").toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("\"instruction\": \"USER\"", "\"user\": \"10001\"", "\"line\": 2");
  }

  @Test
  void missingFileIsAUsageError() {
    MainTest.Result r = MainTest.run("parse", dir.resolve("nope").toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("dockwright: " + dir.resolve("nope") + ": no such file\n");
  }

  @Test
  void fmtRendersCanonicallyAndChecks() throws IOException {
    Path f = file("Dockerfile", "from alpine:3.20\nenv A 1\ncmd [ \"a\",\"b\" ]\n");
    MainTest.Result r = MainTest.run("fmt", f.toString());
    assertThat(r.status()).isZero();
    assertThat(r.out()).isEqualTo("FROM alpine:3.20\nENV A=1\nCMD [\"a\", \"b\"]\n");
    MainTest.Result check = MainTest.run("fmt", "--check", f.toString());
    assertThat(check.status()).isEqualTo(1);
    assertThat(check.out()).isEqualTo(f + "\n");
    assertThat(MainTest.run("fmt", "--write", f.toString()).status()).isZero();
    assertThat(MainTest.run("fmt", "--check", f.toString()).status()).isZero();
  }

  @Test
  void lintExitsOneOnWarnings() throws IOException {
    Path f = file("Dockerfile", "FROM alpine:3.20\nMAINTAINER me\n");
    MainTest.Result r = MainTest.run("lint", f.toString());
    assertThat(r.status()).isEqualTo(1);
    assertThat(r.out()).contains(f + ":2:1: warning MaintainerDeprecated/DL4000 ");
    assertThat(MainTest.run("lint", "--fail-on", "error", f.toString()).status()).isZero();
    assertThat(MainTest.run("lint", "--ignore", "DL4000", f.toString()).out()).doesNotContain("MaintainerDeprecated");
  }

  @Test
  void lintOfABrokenFileIsExitTwo() throws IOException {
    Path f = file("Dockerfile", "FROM alpine:3.20\nCOPPY a b\n");
    MainTest.Result r = MainTest.run("lint", f.toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEqualTo(f + ":2:1: unknown instruction: COPPY (did you mean COPY?)\n");
  }

  @Test
  void lintRejectsAnUnknownTarget() throws IOException {
    MainTest.Result r = MainTest.run("lint", "--target", "kaniko", file("Dockerfile", "FROM a\n").toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("dockwright lint: not a builder target: \"kaniko\" (expected buildkit, buildah or legacy)\n");
  }

  @Test
  void optimizeExplainsAndDiffs() throws IOException {
    Path f = file("Dockerfile", "FROM debian:12.8\nRUN apt-get update\nRUN apt-get install -y curl\n");
    MainTest.Result explain = MainTest.run("optimize", "--explain", "--passes", "chain-runs", f.toString());
    assertThat(explain.status()).isZero();
    assertThat(explain.out()).isEqualTo(f + ":2:1: chain-runs: joined 2 RUN instructions with && "
        + "(one layer instead of 2; the commands run in the same order and stop at the first failure)\n");
    MainTest.Result diff = MainTest.run("optimize", "--diff", "--passes", "chain-runs", f.toString());
    assertThat(diff.out()).isEqualTo("--- " + f + "\n+++ " + f + " (optimized)\n@@ -1,3 +1,3 @@\n FROM debian:12.8\n"
        + "-RUN apt-get update\n-RUN apt-get install -y curl\n+RUN apt-get update \\\n+    && apt-get install -y curl\n");
  }

  @Test
  void optimizeRejectsAnUnknownPass() throws IOException {
    MainTest.Result r = MainTest.run("optimize", "--passes", "magic", file("Dockerfile", "FROM a\n").toString());
    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).startsWith("dockwright optimize: unknown pass: magic (passes: add-to-copy, ");
  }
}
