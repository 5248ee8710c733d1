package dev.dockwright.dsl;

import static dev.dockwright.dsl.Rendered.stage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dockwright.model.FileMode;
import dev.dockwright.model.UserSpec;
import org.junit.jupiter.api.Test;

class AddTest {

  @Test
  void localArchive() {
    assertThat(stage(s -> s.add("rootfs.tar.gz", "/"))).isEqualTo("""
        FROM alpine:3.20
        ADD rootfs.tar.gz /
        """);
  }

  @Test
  void urlSource() {
    assertThat(stage(s -> s.add("https://example.com/tool-1.2.3.tar.gz", "/opt/"))).isEqualTo("""
        FROM alpine:3.20
        ADD https://example.com/tool-1.2.3.tar.gz /opt/
        """);
  }

  @Test
  void gitSource() {
    assertThat(stage(s -> s.add("https://github.com/acme/lib.git#v1.2.0:src", "/src/lib"))).isEqualTo("""
        FROM alpine:3.20
        ADD https://github.com/acme/lib.git#v1.2.0:src /src/lib
        """);
  }

  @Test
  void gitSshSource() {
    assertThat(stage(s -> s.add("git@github.com:acme/lib.git", "/src/lib"))).isEqualTo("""
        FROM alpine:3.20
        ADD git@github.com:acme/lib.git /src/lib
        """);
  }

  @Test
  void chown() {
    assertThat(stage(s -> s.add(Add.sources("app.tar").to("/app/").chown(UserSpec.parse("app:app"))))).isEqualTo("""
        FROM alpine:3.20
        ADD --chown=app:app app.tar /app/
        """);
  }

  @Test
  void chmod() {
    assertThat(stage(s -> s.add(Add.sources("https://example.com/run.sh").to("/run.sh").chmod(FileMode.octal(0755)))))
        .isEqualTo("""
            # syntax=docker/dockerfile:1
            FROM alpine:3.20
            ADD --chmod=0755 https://example.com/run.sh /run.sh
            """);
  }

  @Test
  void link() {
    assertThat(stage(s -> s.add(Add.sources("app.tar").to("/app/").link()))).isEqualTo("""
        # syntax=docker/dockerfile:1
        FROM alpine:3.20
        ADD --link app.tar /app/
        """);
  }

  @Test
  void excludeRepeated() {
    assertThat(stage(s -> s.add(Add.sources("src/").to("/src/").exclude("*.tmp").exclude(".git")))).isEqualTo("""
        # syntax=docker/dockerfile:1
        FROM alpine:3.20
        ADD --exclude=*.tmp --exclude=.git src/ /src/
        """);
  }

  @Test
  void keepGitDir() {
    assertThat(stage(s -> s.add(Add.sources("https://github.com/acme/lib.git#v1.2.0").to("/src/lib").keepGitDir())))
        .isEqualTo("""
            # syntax=docker/dockerfile:1
            FROM alpine:3.20
            ADD --keep-git-dir https://github.com/acme/lib.git#v1.2.0 /src/lib
            """);
  }

  @Test
  void checksum() {
    String sha = "sha256:" + "0123456789abcdef".repeat(4);
    assertThat(stage(s -> s.add(Add.sources("https://example.com/tool.tar.gz").to("/opt/").checksum(sha))))
        .isEqualTo("""
            # syntax=docker/dockerfile:1
            FROM alpine:3.20
            ADD --checksum=sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef \
            https://example.com/tool.tar.gz /opt/
            """);
  }

  @Test
  void unpackTrue() {
    assertThat(stage(s -> s.add(Add.sources("https://example.com/tool.tar.gz").to("/opt/").unpack(true))))
        .isEqualTo("""
            # syntax=docker/dockerfile:1
            FROM alpine:3.20
            ADD --unpack=true https://example.com/tool.tar.gz /opt/
            """);
  }

  @Test
  void unpackFalse() {
    assertThat(stage(s -> s.add(Add.sources("tool.tar.gz").to("/opt/").unpack(false)))).isEqualTo("""
        # syntax=docker/dockerfile:1
        FROM alpine:3.20
        ADD --unpack=false tool.tar.gz /opt/
        """);
  }

  @Test
  void everyFlagInAFixedOrder() {
    assertThat(stage(s -> s.add(Add.sources("https://github.com/acme/lib.git").to("/src/")
            .unpack(false).checksum("abc123").keepGitDir().exclude("docs").link().chmod(FileMode.octal(0700))
            .chown(UserSpec.of(0)))))
        .endsWith("ADD --chown=0 --chmod=0700 --link --exclude=docs --keep-git-dir --checksum=abc123 --unpack=false"
            + " https://github.com/acme/lib.git /src/\n");
  }

  @Test
  void jsonFormForPathsWithSpaces() {
    assertThat(stage(s -> s.add("my archive.tar", "/opt/"))).isEqualTo("""
        FROM alpine:3.20
        ADD ["my archive.tar", "/opt/"]
        """);
  }

  @Test
  void missingDestinationIsRefused() {
    assertThatThrownBy(() -> Add.sources("a.tar").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ADD needs a destination: call to(...)");
  }

  @Test
  void destinationWithNewlineIsRefused() {
    assertThatThrownBy(() -> Add.sources("a.tar").to("/x\nRUN rm -rf /").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("ADD destination cannot hold a line break: \"/x\\nRUN rm -rf /\"");
  }

  @Test
  void excludeWithMalformedReferenceIsRefused() {
    // On "ADD --exclude=${_=x} <<EOF ...", BuildKit's lexer fails and finds no heredoc.
    assertThatThrownBy(() -> Add.sources("src/").to("/src/").exclude("${_=x}").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid exclude pattern: \"${_=x}\"");
  }

  @Test
  void excludeWithHeredocArrowsIsRefused() {
    // In "ADD --exclude=<< <<EOF /d", BuildKit's lexer joins "<< <<EOF" into one word: no heredoc.
    assertThatThrownBy(() -> Add.sources("src/").to("/src/").exclude("<<").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid exclude pattern: \"<<\" (\"<<\" in a flag can hide a heredoc from BuildKit)");
  }

  @Test
  void checksumWithSpaceIsRefused() {
    assertThatThrownBy(() -> Add.sources("a.tar").to("/").checksum("sha256: x").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a valid checksum: \"sha256: x\"");
  }
}
