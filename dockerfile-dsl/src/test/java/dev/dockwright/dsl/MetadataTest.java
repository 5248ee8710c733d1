package dev.dockwright.dsl;

import static dev.dockwright.dsl.Rendered.stage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dockwright.model.ArgDeclaration;
import dev.dockwright.model.ArgInstruction;
import dev.dockwright.model.EnvInstruction;
import dev.dockwright.model.KeyValue;
import dev.dockwright.model.LabelInstruction;
import dev.dockwright.model.Port;
import dev.dockwright.model.UserSpec;
import dev.dockwright.model.Value;
import dev.dockwright.model.VolumeInstruction;
import java.util.List;
import org.junit.jupiter.api.Test;

/** ARG, ENV, LABEL, EXPOSE, USER, WORKDIR, VOLUME, STOPSIGNAL, MAINTAINER. */
class MetadataTest {

  // ARG

  @Test
  void globalArgWithDefault() {
    DockerfileBuilder file = DockerfileBuilder.create().arg("NODE_VERSION", "22");
    file.from("node:${NODE_VERSION}-alpine").run("node --version");

    assertThat(file.render()).isEqualTo("""
        ARG NODE_VERSION=22
        FROM node:${NODE_VERSION}-alpine
        RUN node --version
        """);
  }

  @Test
  void globalArgWithoutDefault() {
    DockerfileBuilder file = DockerfileBuilder.create().arg("BASE");
    file.stage(null, dev.dockwright.model.ImageRef.of("$BASE")).run("true");

    assertThat(file.render()).isEqualTo("""
        ARG BASE
        FROM $BASE
        RUN true
        """);
  }

  @Test
  void argInStageWithoutDefault() {
    assertThat(stage(s -> s.arg("TARGETARCH").run("echo $TARGETARCH"))).isEqualTo("""
        FROM alpine:3.20
        ARG TARGETARCH
        RUN echo $TARGETARCH
        """);
  }

  @Test
  void argInStageWithDefault() {
    assertThat(stage(s -> s.arg("VERSION", "1.2.3"))).isEqualTo("""
        FROM alpine:3.20
        ARG VERSION=1.2.3
        """);
  }

  @Test
  void argDefaultIsQuoted() {
    assertThat(stage(s -> s.arg("GREETING", "hello world"))).isEqualTo("""
        FROM alpine:3.20
        ARG GREETING="hello world"
        """);
  }

  @Test
  void argDefaultReferencingAnotherArg() {
    assertThat(stage(s -> s.arg("FULL", "${VERSION}-alpine"))).isEqualTo("""
        FROM alpine:3.20
        ARG FULL=${VERSION}-alpine
        """);
  }

  @Test
  void severalArgs() {
    assertThat(stage(s -> s.instruction(new ArgInstruction(List.of(
            new ArgDeclaration("A", Value.literal("1")),
            new ArgDeclaration("B", null),
            new ArgDeclaration("C", Value.empty()))))))
        .isEqualTo("""
            FROM alpine:3.20
            ARG A=1 B C=""
            """);
  }

  // ENV

  @Test
  void env() {
    assertThat(stage(s -> s.env("NODE_ENV", "production"))).isEqualTo("""
        FROM alpine:3.20
        ENV NODE_ENV=production
        """);
  }

  @Test
  void envSeveralPairs() {
    assertThat(stage(s -> s.instruction(new EnvInstruction(List.of(
            new KeyValue("LANG", Value.literal("C.UTF-8")),
            new KeyValue("PATH", Value.of("/app/bin:$PATH")),
            new KeyValue("GREETING", Value.literal("hello world")))))))
        .isEqualTo("""
            FROM alpine:3.20
            ENV LANG=C.UTF-8 PATH=/app/bin:$PATH GREETING="hello world"
            """);
  }

  @Test
  void envQuotesLiteralDollarsQuotesAndBackslashes() {
    assertThat(stage(s -> s.env("V", Value.literal("say \"$5\" \\o/")))).isEqualTo("""
        FROM alpine:3.20
        ENV V="say \\"\\$5\\" \\\\o/"
        """);
  }

  @Test
  void envEmptyValue() {
    assertThat(stage(s -> s.env("EMPTY", ""))).isEqualTo("""
        FROM alpine:3.20
        ENV EMPTY=""
        """);
  }

  @Test
  void envReferenceWithDefault() {
    assertThat(stage(s -> s.env("PORT", "${PORT:-8080}"))).isEqualTo("""
        FROM alpine:3.20
        ENV PORT=${PORT:-8080}
        """);
  }

  @Test
  void envReferenceInsideQuotedText() {
    assertThat(stage(s -> s.env("MSG", "hello $USER, welcome"))).isEqualTo("""
        FROM alpine:3.20
        ENV MSG="hello $USER, welcome"
        """);
  }

  @Test
  void envReferenceFollowedByANameCharacterGetsBraces() {
    // "$HOME_dir" would be read as the variable HOME_dir.
    assertThat(stage(s -> s.env("DIR", Value.of("$HOME").concat(Value.literal("_dir"))))).isEqualTo("""
        FROM alpine:3.20
        ENV DIR=${HOME}_dir
        """);
  }

  @Test
  void envReferenceFollowedByANonAsciiLetterGetsBraces() {
    // BuildKit reads unicode letters as part of a name; Value.of stops at ASCII.
    assertThat(stage(s -> s.env("V", "$Aé x"))).isEqualTo("""
        FROM alpine:3.20
        ENV V="${A}é x"
        """);
  }

  @Test
  void envReferenceFollowedByAnotherCharacterKeepsItsForm() {
    assertThat(stage(s -> s.env("V", "$A-$B.$C/"))).isEqualTo("""
        FROM alpine:3.20
        ENV V=$A-$B.$C/
        """);
  }

  @Test
  void envValueWithNextLineCharacterIsQuoted() {
    // U+0085 is whitespace to BuildKit's word splitting, not to Java's Character.isWhitespace.
    assertThat(stage(s -> s.env("V", Value.literal("a\u0085b")))).isEqualTo("""
        FROM alpine:3.20
        ENV V="a\u0085b"
        """);
  }

  @Test
  void envValueWithNewlineIsRefused() {
    assertThatThrownBy(() -> stage(s -> s.env("MOTD", "line one\nline two")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value of MOTD cannot hold a line break: \"line one\\nline two\"");
  }

  @Test
  void envNameWithSpaceIsRefused() {
    assertThatThrownBy(() -> stage(s -> s.env("MY VAR", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid variable name: \"MY VAR\"");
  }

  @Test
  void envNameWithEqualsIsRefused() {
    assertThatThrownBy(() -> stage(s -> s.env("A=B", "x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid variable name: \"A=B\"");
  }

  // LABEL

  @Test
  void label() {
    assertThat(stage(s -> s.label("org.opencontainers.image.title", "shop"))).isEqualTo("""
        FROM alpine:3.20
        LABEL org.opencontainers.image.title=shop
        """);
  }

  @Test
  void labelSeveralPairsWithQuotedKeysAndValues() {
    assertThat(stage(s -> s.instruction(new LabelInstruction(List.of(
            new KeyValue("org.opencontainers.image.description", Value.literal("A small shop")),
            new KeyValue("my key", Value.literal("v")),
            new KeyValue("price$", Value.literal("$5")))))))
        .isEqualTo("""
            FROM alpine:3.20
            LABEL org.opencontainers.image.description="A small shop" "my key"=v "price\\$"="\\$5"
            """);
  }

  @Test
  void labelValueWithVariable() {
    assertThat(stage(s -> s.label("version", "${VERSION}"))).isEqualTo("""
        FROM alpine:3.20
        LABEL version=${VERSION}
        """);
  }

  @Test
  void labelKeyWithEqualsIsRefused() {
    // BuildKit splits "k=v" at the first '=', quoted or not: such a key cannot be written.
    assertThatThrownBy(() -> LabelInstruction.of("a=b", "c"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid label key: \"a=b\"");
  }

  @Test
  void labelValueWithNewlineIsRefused() {
    assertThatThrownBy(() -> LabelInstruction.of("description", "a\nb"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("value of description cannot hold a line break: \"a\\nb\"");
  }

  // EXPOSE

  @Test
  void exposePorts() {
    assertThat(stage(s -> s.expose(80, 443))).isEqualTo("""
        FROM alpine:3.20
        EXPOSE 80 443
        """);
  }

  @Test
  void exposeUdpAndRange() {
    assertThat(stage(s -> s.expose(Port.udp(53), Port.range(8000, 8010), Port.parse("9000/tcp")))).isEqualTo("""
        FROM alpine:3.20
        EXPOSE 53/udp 8000-8010 9000/tcp
        """);
  }

  @Test
  void exposeBuildArgument() {
    assertThat(stage(s -> s.expose(Port.parse("${PORT}")))).isEqualTo("""
        FROM alpine:3.20
        EXPOSE ${PORT}
        """);
  }

  // USER

  @Test
  void userName() {
    assertThat(stage(s -> s.user(UserSpec.of("app")))).isEqualTo("""
        FROM alpine:3.20
        USER app
        """);
  }

  @Test
  void userUid() {
    assertThat(stage(s -> s.user(10001))).isEqualTo("""
        FROM alpine:3.20
        USER 10001
        """);
  }

  @Test
  void userUidAndGid() {
    assertThat(stage(s -> s.user(UserSpec.of(10001, 10001)))).isEqualTo("""
        FROM alpine:3.20
        USER 10001:10001
        """);
  }

  @Test
  void userNameAndGroup() {
    assertThat(stage(s -> s.user(UserSpec.parse("app:staff")))).isEqualTo("""
        FROM alpine:3.20
        USER app:staff
        """);
  }

  // WORKDIR

  @Test
  void workdir() {
    assertThat(stage(s -> s.workdir("/app"))).isEqualTo("""
        FROM alpine:3.20
        WORKDIR /app
        """);
  }

  @Test
  void workdirWithSpaceIsQuoted() {
    assertThat(stage(s -> s.workdir("/opt/my app"))).isEqualTo("""
        FROM alpine:3.20
        WORKDIR "/opt/my app"
        """);
  }

  @Test
  void workdirWithVariable() {
    assertThat(stage(s -> s.workdir("$HOME/src"))).isEqualTo("""
        FROM alpine:3.20
        WORKDIR $HOME/src
        """);
  }

  // VOLUME

  @Test
  void volumePlain() {
    assertThat(stage(s -> s.volume("/data", "/logs"))).isEqualTo("""
        FROM alpine:3.20
        VOLUME /data /logs
        """);
  }

  @Test
  void volumeJsonWhenAPathHasASpace() {
    assertThat(stage(s -> s.volume("/data", "/my logs"))).isEqualTo("""
        FROM alpine:3.20
        VOLUME ["/data", "/my logs"]
        """);
  }

  @Test
  void volumeLiteralDollar() {
    assertThat(stage(s -> s.instruction(new VolumeInstruction(List.of(Value.literal("/a$b")))))).isEqualTo("""
        FROM alpine:3.20
        VOLUME "/a\\$b"
        """);
  }

  // STOPSIGNAL

  @Test
  void stopSignalName() {
    assertThat(stage(s -> s.stopSignal("SIGQUIT"))).isEqualTo("""
        FROM alpine:3.20
        STOPSIGNAL SIGQUIT
        """);
  }

  @Test
  void stopSignalNumber() {
    assertThat(stage(s -> s.stopSignal("9"))).isEqualTo("""
        FROM alpine:3.20
        STOPSIGNAL 9
        """);
  }

  @Test
  void stopSignalNotASignalIsRefused() {
    assertThatThrownBy(() -> stage(s -> s.stopSignal("kill me")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid signal: \"kill me\"");
  }

  // MAINTAINER

  @Test
  void maintainer() {
    assertThat(stage(s -> s.maintainer("Jane Doe <jane@example.com>"))).isEqualTo("""
        FROM alpine:3.20
        MAINTAINER Jane Doe <jane@example.com>
        """);
  }

  @Test
  void maintainerEndingInBackslashIsRefused() {
    // It would continue into the next line and swallow the next instruction.
    DockerfileBuilder file = DockerfileBuilder.create();
    file.from("alpine:3.20").maintainer("Jane \\").user(1000);

    assertThatThrownBy(file::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("MAINTAINER ends with the escape character \\, which would continue it into the next line:"
            + " \"Jane \\\\\"");
  }

  @Test
  void wordsStartingWithTwoDashesAreQuoted() {
    // Unquoted, BuildKit would read "--x" as a flag of WORKDIR, VOLUME or COPY.
    assertThat(stage(s -> s.workdir("--x").volume("--data").copy("--src", "--dst/"))).isEqualTo("""
        FROM alpine:3.20
        WORKDIR "--x"
        VOLUME "--data"
        COPY "--src" "--dst/"
        """);
  }

  @Test
  void envNameStartingWithTwoDashesIsRefused() {
    assertThatThrownBy(() -> stage(s -> s.env("--x", "1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid variable name: \"--x\"");
  }

  @Test
  void argNameStartingWithTwoDashesIsRefused() {
    assertThatThrownBy(() -> stage(s -> s.arg("--x")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid argument name: \"--x\"");
  }

  @Test
  void userStartingWithTwoDashesIsRefused() {
    assertThatThrownBy(() -> UserSpec.of("--x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid user: \"--x\"");
  }

  @Test
  void maintainerStartingWithTwoDashesIsRefused() {
    assertThatThrownBy(() -> stage(s -> s.maintainer("--me")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("MAINTAINER would be read as flags: \"--me\"");
  }
}
