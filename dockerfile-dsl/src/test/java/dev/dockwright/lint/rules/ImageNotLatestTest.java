package dev.dockwright.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageNotLatestTest {
  private static List<String> lint(String dockerfile) {
    return RuleTesting.lint(new ImageNotLatest(), dockerfile);
  }

  @Test
  void firesForLatest() {
    assertThat(lint("""
        FROM debian:12.8-slim AS build
        FROM gcr.io/distroless/static:latest
        """)).containsExactly("Dockerfile:2:1: warning DL3007 The image gcr.io/distroless/static:latest uses the"
        + " moving tag latest: pin a release tag");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "FROM debian:12.8-slim",
      "FROM debian",
      "FROM debian:latest@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
      "FROM debian:${TAG:-latest}",
      "FROM acme/latest:1.0"})
  void quietForOtherTags(String from) {
    assertThat(lint(from + "\n")).isEmpty();
  }
}
