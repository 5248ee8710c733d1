package dev.dockwright.dsl;

import static dev.dockwright.dsl.Rendered.stage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dockwright.model.RunInstruction;
import org.junit.jupiter.api.Test;

class RunTest {

  @Test
  void shellForm() {
    assertThat(stage(s -> s.run("apt-get update && apt-get install -y curl"))).isEqualTo("""
        FROM alpine:3.20
        RUN apt-get update && apt-get install -y curl
        """);
  }

  @Test
  void execForm() {
    assertThat(stage(s -> s.runExec("/bin/sh", "-c", "echo \"hi\""))).isEqualTo("""
        FROM alpine:3.20
        RUN ["/bin/sh", "-c", "echo \\"hi\\""]
        """);
  }

  @Test
  void execFormThroughRun() {
    assertThat(stage(s -> s.run(Run.exec("go", "build", "./...")))).isEqualTo("""
        FROM alpine:3.20
        RUN ["go", "build", "./..."]
        """);
  }

  @Test
  void multiLineShellCommandBecomesHeredoc() {
    assertThat(stage(s -> s.run(Run.shell("set -eux\napt-get update\napt-get install -y curl")))).isEqualTo("""
        # syntax=docker/dockerfile:1
        FROM alpine:3.20
        RUN <<EOF
        set -eux
        apt-get update
        apt-get install -y curl
        EOF
        """);
  }

  @Test
  void heredocDelimiterAvoidsALineOfTheScript() {
    assertThat(stage(s -> s.run("cat >/etc/motd <<EOF2\nhi\nEOF2\nEOF\n"))).isEqualTo("""
        # syntax=docker/dockerfile:1
        FROM alpine:3.20
        RUN <<EOF3
        cat >/etc/motd <<EOF2
        hi
        EOF2
        EOF
        EOF3
        """);
  }

  @Test
  void carriageReturnLineEndsAreNormalized() {
    assertThat(stage(s -> s.run("a\r\nb\rc"))).isEqualTo("""
        # syntax=docker/dockerfile:1
        FROM alpine:3.20
        RUN <<EOF
        a
        b
        c
        EOF
        """);
  }

  @Test
  void commandEndingInBackslashBecomesHeredoc() {
    // On one line, the backslash would continue the RUN into the next instruction.
    assertThat(stage(s -> s.run("echo done \\").user(1000))).isEqualTo("""
        # syntax=docker/dockerfile:1
        FROM alpine:3.20
        RUN <<EOF
        echo done \\
        EOF
        USER 1000
        """);
  }

  @Test
  void lines() {
    assertThat(stage(s -> s.run(Run.lines("apt-get update", "&& apt-get install -y curl", "&& rm -rf /var/lib/apt/lists/*"))))
        .isEqualTo("""
            FROM alpine:3.20
            RUN apt-get update \\
                && apt-get install -y curl \\
                && rm -rf /var/lib/apt/lists/*
            """);
  }

  @Test
  void networkNone() {
    assertThat(stage(s -> s.run(Run.shell("make test").network(RunInstruction.Network.NONE)))).isEqualTo("""
        # syntax=docker/dockerfile:1
        FROM alpine:3.20
        RUN --network=none make test
        """);
  }

  @Test
  void networkHost() {
    assertThat(stage(s -> s.run(Run.shell("make test").network(RunInstruction.Network.HOST)))).isEqualTo("""
        # syntax=docker/dockerfile:1
        FROM alpine:3.20
        RUN --network=host make test
        """);
  }

  @Test
  void networkDefault() {
    assertThat(stage(s -> s.run(Run.shell("make test").network(RunInstruction.Network.DEFAULT)))).isEqualTo("""
        # syntax=docker/dockerfile:1
        FROM alpine:3.20
        RUN --network=default make test
        """);
  }

  @Test
  void securityInsecure() {
    assertThat(stage(s -> s.run(Run.shell("mount -t tmpfs none /mnt").security(RunInstruction.Security.INSECURE))))
        .isEqualTo("""
            # syntax=docker/dockerfile:1
            FROM alpine:3.20
            RUN --security=insecure mount -t tmpfs none /mnt
            """);
  }

  @Test
  void securitySandbox() {
    assertThat(stage(s -> s.run(Run.shell("make").security(RunInstruction.Security.SANDBOX)))).isEqualTo("""
        # syntax=docker/dockerfile:1
        FROM alpine:3.20
        RUN --security=sandbox make
        """);
  }

  @Test
  void devicesNeedTheLabsSyntax() {
    assertThat(stage(s -> s.run(Run.shell("nvidia-smi").device("nvidia.com/gpu=all").device("/dev/fuse"))))
        .isEqualTo("""
            # syntax=docker/dockerfile:1-labs
            FROM alpine:3.20
            RUN --device=nvidia.com/gpu=all --device=/dev/fuse nvidia-smi
            """);
  }

  @Test
  void flagsComeInAFixedOrder() {
    assertThat(stage(s -> s.run(Run.shell("make")
            .device("/dev/fuse")
            .security(RunInstruction.Security.INSECURE)
            .network(RunInstruction.Network.NONE)
            .mount(dev.dockwright.model.Mount.tmpfs("/tmp")))))
        .isEqualTo("""
            # syntax=docker/dockerfile:1-labs
            FROM alpine:3.20
            RUN --mount=type=tmpfs,target=/tmp --network=none --security=insecure --device=/dev/fuse make
            """);
  }

  @Test
  void heredocWithFlags() {
    assertThat(stage(s -> s.run(Run.shell("apk add curl\ncurl --version").network(RunInstruction.Network.HOST))))
        .isEqualTo("""
            # syntax=docker/dockerfile:1
            FROM alpine:3.20
            RUN --network=host <<EOF
            apk add curl
            curl --version
            EOF
            """);
  }

  @Test
  void shellCommandThatReadsAsExecFormIsRefused() {
    DockerfileBuilder file = DockerfileBuilder.create();
    file.from("alpine:3.20").run("[\"echo\", \"hi\"]");

    assertThatThrownBy(file::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RUN shell command would be read as exec form: \"[\\\"echo\\\", \\\"hi\\\"]\"");
  }

  @Test
  void heredocMarkerWithoutBodyIsRefused() {
    DockerfileBuilder file = DockerfileBuilder.create();
    file.from("alpine:3.20").run("cat <<EOF");

    assertThatThrownBy(file::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("RUN command opens heredocs [EOF] but has bodies for []: \"cat <<EOF\"");
  }

  private static IllegalArgumentException refusal(Run run) {
    DockerfileBuilder file = DockerfileBuilder.create();
    file.from("alpine:3.20").run(run).user(1000);
    try {
      file.build();
    } catch (IllegalArgumentException e) {
      return e;
    }
    throw new AssertionError("not refused: " + file.render());
  }

  @Test
  void heredocMarkerWithBlankAfterTheArrowsIsFound() {
    // BuildKit's lexer keeps the blanks after "<<" in the word: "<< EOF" opens a heredoc.
    assertThat(refusal(Run.shell("cat << EOF"))).hasMessage(
        "RUN command opens heredocs [EOF] but has bodies for []: \"cat << EOF\"");
  }

  @Test
  void heredocMarkerJoinedFromTwoLinesIsFound() {
    // "cat <" then "<EOF" on the next line: BuildKit joins them into "cat <<EOF"; a comment line between is
    // dropped, a blank before the second '<' keeps them apart
    var joined = new dev.dockwright.model.ShellCommand("cat <\n# note\n<EOF", java.util.List.of());
    assertThat(refusal(Run.of(joined))).hasMessage(
        "RUN command opens heredocs [EOF] but has bodies for []: \"cat <\\n# note\\n<EOF\"");
    var apart = new dev.dockwright.model.ShellCommand("cat <\n <x", java.util.List.of());
    assertThat(apart.commandLine()).isEqualTo("cat < <x");
    DockerfileBuilder file = DockerfileBuilder.create();
    file.from("alpine:3.20").run(Run.of(apart)).user(1000);
    assertThat(file.render()).endsWith("RUN cat <\\\n <x\nUSER 1000\n");
  }

  @Test
  void heredocMarkerWithFileDescriptorIsFound() {
    assertThat(refusal(Run.shell("cat 3<<X >/tmp/x"))).hasMessage(
        "RUN command opens heredocs [X] but has bodies for []: \"cat 3<<X >/tmp/x\"");
  }

  @Test
  void heredocMarkerAfterAnEscapedQuoteIsFound() {
    assertThat(refusal(Run.shell("echo \\\" <<EOF"))).hasMessage(
        "RUN command opens heredocs [EOF] but has bodies for []: \"echo \\\\\\\" <<EOF\"");
  }

  @Test
  void quotedArrowsAndHereStringsAreNoHeredoc() {
    assertThat(stage(s -> s.run("echo \"<<EOF\" '<<X' && cat <<< \"$v\""))).isEqualTo("""
        FROM alpine:3.20
        RUN echo "<<EOF" '<<X' && cat <<< "$v"
        """);
  }

  @Test
  void linesEndingWithACommentLineAreRefused() {
    // BuildKit drops the comment line and continues into the next instruction.
    assertThat(refusal(Run.lines("apt-get update", "# and then"))).hasMessage(
        "RUN command ends with an empty or comment line, which would continue it into the next line:"
            + " \"apt-get update \\n    # and then\"");
  }

  @Test
  void linesEndingWithAnEmptyLineAreRefused() {
    assertThat(refusal(Run.lines("apt-get update", ""))).hasMessage(
        "RUN command ends with an empty or comment line, which would continue it into the next line:"
            + " \"apt-get update \\n    \"");
  }

  @Test
  void linesWithACommentLineInside() {
    assertThat(stage(s -> s.run(Run.lines("apt-get update", "# the packages", "&& apt-get install -y curl"))))
        .isEqualTo("""
            FROM alpine:3.20
            RUN apt-get update \\
                # the packages
                && apt-get install -y curl
            """);
  }

  @Test
  void heredocLineEndingInBackslashIsRefused() {
    var command = new dev.dockwright.model.ShellCommand(
        "cat <<EOF \\", java.util.List.of(dev.dockwright.model.Heredoc.of("EOF", "x")));
    assertThat(refusal(Run.of(command))).hasMessage(
        "RUN command ends with the escape character \\, which would continue it into the next line:"
            + " \"cat <<EOF \\\\\"");
  }

  @Test
  void twoHeredocsWithOneDelimiterAreRefused() {
    var heredoc = dev.dockwright.model.Heredoc.of("EOF", "x");
    assertThatThrownBy(() -> new dev.dockwright.model.ShellCommand(
            "cat <<EOF >a && cat <<EOF >b", java.util.List.of(heredoc, heredoc)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("heredoc delimiter used twice: \"EOF\"");
  }

  @Test
  void blankContinuationLineIsKeptAsBuildKitKeepsIt() {
    // Rendered "a \\", "   \\", "<< EOF": the middle line holds the escape, so BuildKit keeps its blanks and
    // reads "a    << EOF", a heredoc with no body here.
    var command = new dev.dockwright.model.ShellCommand("cat a\n   \n<< EOF", java.util.List.of());
    assertThat(command.commandLine()).isEqualTo("cat a   << EOF");
    assertThat(refusal(Run.of(command))).hasMessage(
        "RUN command opens heredocs [EOF] but has bodies for []: \"cat a\\n   \\n<< EOF\"");
  }

  @Test
  void commentContinuationLineIsDropped() {
    var command = new dev.dockwright.model.ShellCommand("a \n  # note\n  && b", java.util.List.of());
    assertThat(command.commandLine()).isEqualTo("a   && b");
  }

  @Test
  void shellCommandStartingWithTwoDashesIsRefused() {
    // BuildKit reads leading "--" words of any instruction as flags: "RUN --help" is an unknown flag.
    assertThat(refusal(Run.shell("--help"))).hasMessage("RUN shell command would be read as flags: \"--help\"");
  }
}
