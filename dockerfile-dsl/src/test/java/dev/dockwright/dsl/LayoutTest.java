package dev.dockwright.dsl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dockwright.model.Value;
import dev.dockwright.render.RenderOptions;
import org.junit.jupiter.api.Test;

/** Comments, blank lines, parser directives and the escape character. */
class LayoutTest {

  @Test
  void commentsAndBlankLines() {
    DockerfileBuilder file = DockerfileBuilder.create()
        .comment("build arguments")
        .arg("VERSION", "1.0")
        .blankLine();
    file.from("alpine:3.20")
        .leadingComment("the runtime image")
        .comment("tools")
        .run("apk add --no-cache curl")
        .blankLine()
        .user(1000);

    assertThat(file.render()).isEqualTo("""
        # build arguments
        ARG VERSION=1.0

        # the runtime image
        FROM alpine:3.20
        # tools
        RUN apk add --no-cache curl

        USER 1000
        """);
  }

  @Test
  void emptyComment() {
    DockerfileBuilder file = DockerfileBuilder.create();
    file.from("alpine:3.20").comment("").run("true");

    assertThat(file.render()).isEqualTo("""
        FROM alpine:3.20
        #
        RUN true
        """);
  }

  @Test
  void commentWithNewlineIsRefused() {
    assertThatThrownBy(() -> DockerfileBuilder.create().comment("a\nRUN rm -rf /"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("comment cannot hold a line break: \" a\\nRUN rm -rf /\"");
  }

  @Test
  void syntaxDirective() {
    DockerfileBuilder file = DockerfileBuilder.create().syntax("docker/dockerfile:1.12");
    file.from("alpine:3.20").run("true");

    assertThat(file.render()).isEqualTo("""
        # syntax=docker/dockerfile:1.12
        FROM alpine:3.20
        RUN true
        """);
  }

  @Test
  void syntaxDirectiveIsNotDuplicatedWhenBuildKitFeaturesAreUsed() {
    DockerfileBuilder file = DockerfileBuilder.create().syntax("docker/dockerfile:1.12");
    file.from("alpine:3.20").run("a\nb");

    assertThat(file.render()).startsWith("# syntax=docker/dockerfile:1.12\nFROM alpine:3.20\n");
  }

  @Test
  void syntaxDirectiveAlways() {
    DockerfileBuilder file = DockerfileBuilder.create();
    file.from("alpine:3.20").run("true");

    assertThat(file.render(RenderOptions.defaults().withSyntaxDirective(RenderOptions.SyntaxDirective.ALWAYS)))
        .isEqualTo("""
            # syntax=docker/dockerfile:1
            FROM alpine:3.20
            RUN true
            """);
  }

  @Test
  void syntaxDirectiveNever() {
    DockerfileBuilder file = DockerfileBuilder.create();
    file.from("alpine:3.20").run("a\nb");

    assertThat(file.render(RenderOptions.defaults().withSyntaxDirective(RenderOptions.SyntaxDirective.NEVER)))
        .isEqualTo("""
            FROM alpine:3.20
            RUN <<EOF
            a
            b
            EOF
            """);
  }

  @Test
  void checkDirective() {
    DockerfileBuilder file = DockerfileBuilder.create().check("skip=JSONArgsRecommended;error=true");
    file.from("alpine:3.20").cmdShell("node server.js");

    assertThat(file.render()).isEqualTo("""
        # check=skip=JSONArgsRecommended;error=true
        FROM alpine:3.20
        CMD node server.js
        """);
  }

  @Test
  void backslashEscapeDirective() {
    DockerfileBuilder file = DockerfileBuilder.create().escape('\\');
    file.from("alpine:3.20").run("true");

    assertThat(file.render()).isEqualTo("""
        # escape=\\
        FROM alpine:3.20
        RUN true
        """);
  }

  @Test
  void backtickEscapeChangesQuotingAndContinuations() {
    DockerfileBuilder file = DockerfileBuilder.create().escape('`');
    file.from("mcr.microsoft.com/windows/servercore:ltsc2022")
        .workdir(Value.literal("C:\\app dir"))
        .env("TICK", Value.literal("a`b\"c$d\\e"))
        .run(Run.lines("powershell -Command", "Write-Host hi"))
        .copy("C:\\src\\", "C:\\app\\");

    assertThat(file.render()).isEqualTo("""
        # escape=`
        FROM mcr.microsoft.com/windows/servercore:ltsc2022
        WORKDIR "C:\\app dir"
        ENV TICK="a``b`"c`$d\\e"
        RUN powershell -Command `
            Write-Host hi
        COPY C:\\src\\ C:\\app\\
        """);
  }

  @Test
  void backtickEscapeAndSyntaxDirective() {
    DockerfileBuilder file = DockerfileBuilder.create().escape('`');
    file.from("alpine:3.20").run("a\nb");

    assertThat(file.render()).isEqualTo("""
        # syntax=docker/dockerfile:1
        # escape=`
        FROM alpine:3.20
        RUN <<EOF
        a
        b
        EOF
        """);
  }

  @Test
  void backtickEscapeShellCommandEndingInBacktickIsRefused() {
    DockerfileBuilder file = DockerfileBuilder.create().escape('`');
    file.from("alpine:3.20").cmdShell("echo `");

    assertThatThrownBy(file::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CMD command ends with the escape character `, which would continue it into the next line:"
            + " \"echo `\"");
  }

  @Test
  void backtickEscapeCopyHeredocWithAQuoteInAPathIsRefused() {
    // BuildKit finds heredocs with \ as the escape even under "# escape=`", so COPY <<"EOF" "a`"b" /x/
    // lexes as an unterminated quote there: no heredoc, and the body lines become instructions.
    DockerfileBuilder file = DockerfileBuilder.create().escape('`');
    file.from("alpine:3.20").copy(Copy.heredoc("/x", "hi").literalPath("a\"b"));

    assertThatThrownBy(file::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("COPY path \"a\\\"b\" would hide the heredoc: BuildKit looks for heredocs with \\ as the"
            + " escape character, even under escape=`");
  }

  @Test
  void backtickEscapeCopyHeredocWithPlainPaths() {
    DockerfileBuilder file = DockerfileBuilder.create().escape('`');
    file.from("alpine:3.20").copy(Copy.heredoc("/etc/", "hi").literalPath("it's"));

    assertThat(file.render()).endsWith("""
        COPY <<"EOF" "it's" /etc/
        hi
        EOF
        """);
  }

  @Test
  void invalidEscapeIsRefused() {
    assertThatThrownBy(() -> DockerfileBuilder.create().escape('/'))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid escape token: \"/\" (must be ` or \\)");
  }

  @Test
  void twoEscapeDirectivesAreRefused() {
    DockerfileBuilder file = DockerfileBuilder.create().escape('`').escape('\\');
    file.from("alpine:3.20").run("true");

    assertThatThrownBy(file::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("only one escape parser directive can be used");
  }

  @Test
  void commentThatReadsAsADirectiveIsRefused() {
    // As the first line, "# escape=`" is a parser directive, not a comment.
    DockerfileBuilder file = DockerfileBuilder.create().comment("escape=`");
    file.from("alpine:3.20").run("true");

    assertThatThrownBy(file::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("comment would be read as a parser directive: \" escape=`\"");
  }

  @Test
  void commentThatReadsAsADirectiveWithALineSeparatorIsRefused() {
    // Go's regexp '.' takes U+2028, which Java's does not without DOTALL.
    DockerfileBuilder file = DockerfileBuilder.create().comment("syntax=a\u2028b");
    file.from("alpine:3.20").run("true");

    assertThatThrownBy(file::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("comment would be read as a parser directive: \" syntax=a\u2028b\"");
  }

  @Test
  void directiveLookingCommentAfterAnotherCommentIsAComment() {
    DockerfileBuilder file = DockerfileBuilder.create().comment("hello").comment("syntax=x");
    file.from("alpine:3.20").run("true");

    assertThat(file.render()).isEqualTo("""
        # hello
        # syntax=x
        FROM alpine:3.20
        RUN true
        """);
  }
}
