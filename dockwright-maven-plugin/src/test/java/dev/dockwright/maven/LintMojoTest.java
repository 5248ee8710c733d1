package dev.dockwright.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintMojoTest {
  private static final String WARNING =
      "Dockerfile:2:23: warning DL3008 Pin versions in apt-get install (package=version): curl";
  private static final String NOTE_APT_LISTS = "Dockerfile:2:5: info DL3009 The apt lists that apt-get update"
      + " downloads stay in the layer: rm -rf /var/lib/apt/lists/* in the same RUN, or mount a cache there";
  private static final String NOTE_RECOMMENDS = "Dockerfile:2:23: info DL3015 apt-get install also installs"
      + " recommended packages: add --no-install-recommends";

  @TempDir Path dir;
  private final List<String> log = new ArrayList<>();

  @BeforeEach
  void project() throws IOException {
    Files.writeString(dir.resolve("Dockerfile"), """
        FROM debian:12.8-slim
        RUN apt-get update && apt-get install -y curl
        CMD ["curl", "--version"]
        """);
  }

  @Test
  void aWarningFailsTheBuildByDefault() {
    assertThatThrownBy(mojo()::execute).isInstanceOf(MojoFailureException.class)
        .hasMessage("Dockwright lint: 1 finding at or above warning in 1 Dockerfile");
    assertThat(log).containsExactly("[INFO] " + NOTE_APT_LISTS, "[ERROR] " + WARNING, "[INFO] " + NOTE_RECOMMENDS);
  }

  @Test
  void failOnErrorLetsTheWarningPass() throws Exception {
    LintMojo mojo = mojo();
    mojo.failOn = "error";
    mojo.execute();
    assertThat(log).containsExactly("[INFO] " + NOTE_APT_LISTS, "[WARNING] " + WARNING,
        "[INFO] " + NOTE_RECOMMENDS, "[INFO] Dockwright lint: 3 findings in 1 Dockerfile");
  }

  @Test
  void failOnInfoCountsTheNotesToo() {
    LintMojo mojo = mojo();
    mojo.failOn = "INFO";
    assertThatThrownBy(mojo::execute)
        .hasMessage("Dockwright lint: 3 findings at or above info in 1 Dockerfile");
  }

  @Test
  void failOnNoneNeverFails() throws Exception {
    LintMojo mojo = mojo();
    mojo.failOn = "none";
    mojo.threshold = "warning";
    mojo.execute();
    assertThat(log).containsExactly("[WARNING] " + WARNING, "[INFO] Dockwright lint: 1 finding in 1 Dockerfile");
  }

  @Test
  void anIgnoredRuleIsNotReported() throws Exception {
    LintMojo mojo = mojo();
    mojo.ignore = List.of("DL3008", "DL3009");
    mojo.execute();
    assertThat(log).containsExactly("[INFO] " + NOTE_RECOMMENDS, "[INFO] Dockwright lint: 1 finding in 1 Dockerfile");
  }

  @Test
  void aSeverityThatDoesNotExistIsRefused() {
    LintMojo mojo = mojo();
    mojo.failOn = "style";
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoExecutionException.class)
        .hasMessage("Dockwright: failOn: not a severity: \"style\" (expected error, warning, info or none)");
  }

  @Test
  void aParseErrorIsAFileLineColumnLine() throws IOException {
    Files.writeString(dir.resolve("Dockerfile"), "FROM alpine:3.20\nCOPPY app.sh /app.sh\n");
    assertThatThrownBy(mojo()::execute).isInstanceOf(MojoFailureException.class)
        .hasMessage("Dockwright lint: 1 of 1 Dockerfiles could not be parsed");
    assertThat(log).containsExactly("[ERROR] Dockerfile:2:1: unknown instruction: COPPY (did you mean COPY?)");
  }

  @Test
  void theSarifReportIsWrittenWhereAsked() throws Exception {
    LintMojo mojo = mojo();
    mojo.failOn = "none";
    mojo.sarifOutput = dir.resolve("target/lint.sarif").toFile();
    mojo.execute();
    assertThat(Files.readString(dir.resolve("target/lint.sarif"))).contains("\"version\": \"2.1.0\"",
        "\"ruleId\": \"DL3008\"");
    assertThat(log).contains("[INFO] Wrote " + dir.resolve("target/lint.sarif"));
  }

  // The defaults Maven would inject, and a log that keeps its lines.
  private LintMojo mojo() {
    LintMojo mojo = new LintMojo();
    mojo.basedir = dir.toFile();
    mojo.failOn = "warning";
    mojo.threshold = "info";
    mojo.target = "buildkit";
    mojo.setLog(new SystemStreamLog() {
      @Override
      public void info(CharSequence content) {
        log.add("[INFO] " + content);
      }

      @Override
      public void warn(CharSequence content) {
        log.add("[WARNING] " + content);
      }

      @Override
      public void error(CharSequence content) {
        log.add("[ERROR] " + content);
      }
    });
    return mojo;
  }
}
