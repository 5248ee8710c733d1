package dev.dockwright.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AddForArchivesTest {
  private static List<String> lint(String dockerfile) {
    return RuleTesting.lint(new AddForArchives(), dockerfile);
  }

  @Test
  void firesAtTheCopyOfAnArchiveThatALaterRunExtracts() {
    assertThat(lint("""
        FROM debian:12.8-slim
        COPY dist/app-1.2.tar.gz /tmp/
        COPY data.tar.xz /srv/archive.tar.xz
        COPY README.md /
        RUN tar -xzf /tmp/app-1.2.tar.gz -C /opt && rm /tmp/app-1.2.tar.gz
        RUN cd /srv && tar xf archive.tar.xz
        """)).containsExactly(
        "Dockerfile:2:1: info DL3010 The archive app-1.2.tar.gz is copied and then extracted: ADD unpacks it in one step",
        "Dockerfile:3:1: info DL3010 The archive archive.tar.xz is copied and then extracted: ADD unpacks it in one step");
  }

  @Test
  void decompressorsCountToo() {
    assertThat(lint("""
        FROM debian:12.8-slim
        COPY dump.sql.gz /tmp/
        RUN gunzip /tmp/dump.sql.gz
        """)).containsExactly(
        "Dockerfile:2:1: info DL3010 The archive dump.sql.gz is copied and then extracted: ADD unpacks it in one step");
  }

  @Test
  void quietWhenNotExtractedInTheSameStageOrCopiedFromAStage() {
    assertThat(lint("""
        FROM debian:12.8-slim AS build
        COPY app.tar.gz /tmp/
        RUN tar -tzf /tmp/app.tar.gz
        FROM debian:12.8-slim
        RUN tar -xzf /tmp/app.tar.gz
        COPY --from=build /tmp/app.tar.gz /tmp/
        RUN tar -xzf /tmp/app.tar.gz
        COPY site.zip /srv/
        RUN unzip /srv/site.zip
        """)).isEmpty();
  }
}
