package dev.dockwright.dsl;

import static dev.dockwright.dsl.Rendered.stage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dockwright.model.CmdInstruction;
import dev.dockwright.model.Command;
import dev.dockwright.model.CopyInstruction;
import dev.dockwright.model.CopySource;
import dev.dockwright.model.FromInstruction;
import dev.dockwright.model.HealthcheckInstruction;
import dev.dockwright.model.ImageRef;
import dev.dockwright.model.MaintainerInstruction;
import dev.dockwright.model.OnBuildInstruction;
import dev.dockwright.model.RunInstruction;
import dev.dockwright.model.ShellCommand;
import dev.dockwright.model.Value;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** CMD, ENTRYPOINT, SHELL, HEALTHCHECK, ONBUILD. */
class CommandTest {

  // CMD

  @Test
  void cmdIsExecFormByDefault() {
    assertThat(stage(s -> s.cmd("node", "server.js"))).isEqualTo("""
        FROM alpine:3.20
        CMD ["node", "server.js"]
        """);
  }

  @Test
  void cmdShellForm() {
    assertThat(stage(s -> s.cmdShell("exec node server.js --port $PORT"))).isEqualTo("""
        FROM alpine:3.20
        CMD exec node server.js --port $PORT
        """);
  }

  @Test
  void cmdEmptyExecForm() {
    assertThat(stage(s -> s.cmd())).isEqualTo("""
        FROM alpine:3.20
        CMD []
        """);
  }

  @Test
  void cmdExecFormEscapesJson() {
    assertThat(stage(s -> s.cmd("printf", "%s\\n", "tab\there", "é✓"))).isEqualTo("""
        FROM alpine:3.20
        CMD ["printf", "%s\\\\n", "tab\\there", "é✓"]
        """);
  }

  @Test
  void cmdShellEndingInBackslashIsRefused() {
    DockerfileBuilder file = DockerfileBuilder.create();
    file.from("alpine:3.20").cmdShell("echo \\");

    assertThatThrownBy(file::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CMD command ends with the escape character \\, which would continue it into the next line:"
            + " \"echo \\\\\"");
  }

  @Test
  void cmdShellThatReadsAsExecFormIsRefused() {
    DockerfileBuilder file = DockerfileBuilder.create();
    file.from("alpine:3.20").cmdShell("[\"node\"]");

    assertThatThrownBy(file::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CMD shell command would be read as exec form: \"[\\\"node\\\"]\"");
  }

  @Test
  void cmdShellWithNewlineIsRefused() {
    assertThatThrownBy(() -> stage(s -> s.cmdShell("a\nb")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("shell command cannot hold a line break: \"a\\nb\"");
  }

  @Test
  void cmdHeredocIsRefused() {
    assertThatThrownBy(() -> new CmdInstruction(ShellCommand.script("echo hi\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CMD cannot take a heredoc");
  }

  // ENTRYPOINT

  @Test
  void entrypointIsExecFormByDefault() {
    assertThat(stage(s -> s.entrypoint("/usr/bin/tini", "--"))).isEqualTo("""
        FROM alpine:3.20
        ENTRYPOINT ["/usr/bin/tini", "--"]
        """);
  }

  @Test
  void entrypointShellForm() {
    assertThat(stage(s -> s.entrypointShell("exec /app \"$@\""))).isEqualTo("""
        FROM alpine:3.20
        ENTRYPOINT exec /app "$@"
        """);
  }

  @Test
  void entrypointAndCmd() {
    assertThat(stage(s -> s.entrypoint("/app").cmd("--help"))).isEqualTo("""
        FROM alpine:3.20
        ENTRYPOINT ["/app"]
        CMD ["--help"]
        """);
  }

  // SHELL

  @Test
  void shell() {
    assertThat(stage(s -> s.shell("/bin/bash", "-o", "pipefail", "-c").run("curl -fsSL x | sh"))).isEqualTo("""
        FROM alpine:3.20
        SHELL ["/bin/bash", "-o", "pipefail", "-c"]
        RUN curl -fsSL x | sh
        """);
  }

  @Test
  void shellWindows() {
    assertThat(stage(s -> s.shell("powershell", "-Command", "$ErrorActionPreference = 'Stop';"))).isEqualTo("""
        FROM alpine:3.20
        SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop';"]
        """);
  }

  @Test
  void emptyShellIsRefused() {
    assertThatThrownBy(() -> stage(s -> s.shell()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("SHELL needs at least one argument");
  }

  // HEALTHCHECK

  @Test
  void healthcheckExec() {
    assertThat(stage(s -> s.healthcheck(HealthcheckInstruction.of(Command.exec("/app", "health"))))).isEqualTo("""
        FROM alpine:3.20
        HEALTHCHECK CMD ["/app", "health"]
        """);
  }

  @Test
  void healthcheckShell() {
    assertThat(stage(s -> s.healthcheck(HealthcheckInstruction.of(Command.shell("curl -f http://localhost/ || exit 1")))))
        .isEqualTo("""
            FROM alpine:3.20
            HEALTHCHECK CMD curl -f http://localhost/ || exit 1
            """);
  }

  @Test
  void healthcheckInterval() {
    assertThat(stage(s -> s.healthcheck(HealthcheckInstruction.of(Command.exec("/hc")).withInterval(Duration.ofSeconds(30)))))
        .isEqualTo("""
            FROM alpine:3.20
            HEALTHCHECK --interval=30s CMD ["/hc"]
            """);
  }

  @Test
  void healthcheckTimeout() {
    assertThat(stage(s -> s.healthcheck(HealthcheckInstruction.of(Command.exec("/hc")).withTimeout(Duration.ofMillis(1500)))))
        .isEqualTo("""
            FROM alpine:3.20
            HEALTHCHECK --timeout=1.5s CMD ["/hc"]
            """);
  }

  @Test
  void healthcheckStartPeriod() {
    assertThat(stage(s -> s.healthcheck(HealthcheckInstruction.of(Command.exec("/hc")).withStartPeriod(Duration.ofMinutes(2)))))
        .isEqualTo("""
            FROM alpine:3.20
            HEALTHCHECK --start-period=2m0s CMD ["/hc"]
            """);
  }

  @Test
  void healthcheckStartInterval() {
    assertThat(stage(s -> s.healthcheck(
            HealthcheckInstruction.of(Command.exec("/hc")).withStartInterval(Duration.ofSeconds(5)))))
        .isEqualTo("""
            # syntax=docker/dockerfile:1
            FROM alpine:3.20
            HEALTHCHECK --start-interval=5s CMD ["/hc"]
            """);
  }

  @Test
  void healthcheckRetries() {
    assertThat(stage(s -> s.healthcheck(HealthcheckInstruction.of(Command.exec("/hc")).withRetries(3)))).isEqualTo("""
        FROM alpine:3.20
        HEALTHCHECK --retries=3 CMD ["/hc"]
        """);
  }

  @Test
  void healthcheckEveryOptionInAFixedOrder() {
    assertThat(stage(s -> s.healthcheck(HealthcheckInstruction.of(Command.exec("/hc"))
            .withRetries(5)
            .withStartInterval(Duration.ofMillis(500))
            .withStartPeriod(Duration.ofSeconds(90))
            .withTimeout(Duration.ofSeconds(3))
            .withInterval(Duration.ofHours(1)))))
        .isEqualTo("""
            # syntax=docker/dockerfile:1
            FROM alpine:3.20
            HEALTHCHECK --interval=1h0m0s --timeout=3s --start-period=1m30s --start-interval=500ms --retries=5 CMD ["/hc"]
            """);
  }

  @Test
  void healthcheckNone() {
    assertThat(stage(s -> s.healthcheck(HealthcheckInstruction.none()))).isEqualTo("""
        FROM alpine:3.20
        HEALTHCHECK NONE
        """);
  }

  @Test
  void healthcheckNoneWithOptionsIsRefused() {
    assertThatThrownBy(() -> HealthcheckInstruction.none().withRetries(3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("HEALTHCHECK NONE takes no options");
  }

  @Test
  void healthcheckNegativeDurationIsRefused() {
    assertThatThrownBy(() -> HealthcheckInstruction.of(Command.exec("/hc")).withInterval(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid duration: PT-1S");
  }

  @Test
  void healthcheckNegativeRetriesIsRefused() {
    assertThatThrownBy(() -> HealthcheckInstruction.of(Command.exec("/hc")).withRetries(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid retry count: -1");
  }

  // ONBUILD

  @Test
  void onBuildCopy() {
    CopyInstruction copy = CopyInstruction.of(List.of(CopySource.path(".")), Value.literal("/app/"));
    assertThat(stage(s -> s.onBuild(copy))).isEqualTo("""
        FROM alpine:3.20
        ONBUILD COPY . /app/
        """);
  }

  @Test
  void onBuildRun() {
    assertThat(stage(s -> s.onBuild(RunInstruction.of(Command.shell("npm ci"))))).isEqualTo("""
        FROM alpine:3.20
        ONBUILD RUN npm ci
        """);
  }

  @Test
  void onBuildRunWithHeredoc() {
    assertThat(stage(s -> s.onBuild(Run.shell("npm ci\nnpm test").build()))).isEqualTo("""
        # syntax=docker/dockerfile:1
        FROM alpine:3.20
        ONBUILD RUN <<EOF
        npm ci
        npm test
        EOF
        """);
  }

  @Test
  void onBuildOnBuildIsRefused() {
    assertThatThrownBy(() -> new OnBuildInstruction(new OnBuildInstruction(RunInstruction.of(Command.shell("x")))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ONBUILD cannot trigger ONBUILD");
  }

  @Test
  void onBuildFromIsRefused() {
    assertThatThrownBy(() -> new OnBuildInstruction(FromInstruction.of(ImageRef.of("alpine"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ONBUILD cannot trigger FROM");
  }

  @Test
  void onBuildMaintainerIsRefused() {
    assertThatThrownBy(() -> new OnBuildInstruction(new MaintainerInstruction("me")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ONBUILD cannot trigger MAINTAINER");
  }

  @Test
  void onBuildShellCommandEndingInBackslashIsRefused() {
    DockerfileBuilder file = DockerfileBuilder.create();
    file.from("alpine:3.20").onBuild(RunInstruction.of(Command.shell("make \\")));

    assertThatThrownBy(file::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RUN command ends with the escape character \\, which would continue it into the next line:"
            + " \"make \\\\\"");
  }

  @Test
  void cmdShellStartingWithTwoDashesIsRefused() {
    DockerfileBuilder file = DockerfileBuilder.create();
    file.from("alpine:3.20").cmdShell("  --verbose");

    assertThatThrownBy(file::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CMD shell command would be read as flags: \"  --verbose\"");
  }

  @Test
  void healthcheckCommandMayStartWithTwoDashes() {
    // After "CMD" no flags are read.
    assertThat(stage(s -> s.healthcheck(HealthcheckInstruction.of(Command.shell("--version"))))).isEqualTo("""
        FROM alpine:3.20
        HEALTHCHECK CMD --version
        """);
  }
}
