package dev.dockwright.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CopyInsteadOfAddTest {
  private static List<String> lint(String dockerfile) {
    return RuleTesting.lint(new CopyInsteadOfAdd(), dockerfile);
  }

  @Test
  void firesForPlainFilesAndDirectories() {
    assertThat(lint("""
        FROM alpine:3.21
        ADD . /app
        ADD rootfs.tar.gz config.json /opt/
        ADD --chown=app:app ["my file.txt", "/srv/"]
        """)).containsExactly(
        "Dockerfile:2:1: error DL3020 ADD of . only copies: use COPY for files and directories",
        "Dockerfile:3:1: error DL3020 ADD of config.json only copies: use COPY for files and directories",
        "Dockerfile:4:1: error DL3020 ADD of my file.txt only copies: use COPY for files and directories");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "ADD https://example.com/tool-1.2.tar.gz /opt/",
      "ADD http://example.com/config.json /etc/app/",
      "ADD rootfs.tar.xz /",
      "ADD vendor.tgz app.tar.bz2 /opt/",
      "ADD git@github.com:acme/app.git /src",
      "ADD --keep-git-dir=true https://github.com/acme/app.git /src",
      "ADD --checksum=sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
          + " https://example.com/x /x",
      "ADD $JAR_FILE /app/app.jar",
      "COPY app.sh /usr/local/bin/"})
  void quietForUrlsArchivesAndVariables(String add) {
    assertThat(lint("FROM alpine:3.21\n" + add + "\n")).isEmpty();
  }
}
