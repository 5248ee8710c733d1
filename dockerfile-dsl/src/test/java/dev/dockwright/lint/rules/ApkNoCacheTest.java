package dev.dockwright.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApkNoCacheTest {
  private static List<String> lint(String dockerfile) {
    return RuleTesting.lint(new ApkNoCache(), dockerfile);
  }

  private static final String MESSAGE = "apk add leaves its package index in the image: use apk add --no-cache";

  @Test
  void firesAtEachAddWithoutNoCache() {
    assertThat(lint("""
        FROM alpine:3.21
        RUN apk update && apk add curl=8.11.1-r0 && apk add --no-cache git=2.47.1-r0
        RUN apk --update add bash=5.2.37-r0
        """)).containsExactly(
        "Dockerfile:2:19: info DL3019 " + MESSAGE,
        "Dockerfile:3:5: info DL3019 " + MESSAGE);
  }

  @Test
  void aMountElsewhereDoesNotCoverTheCache() {
    assertThat(lint("""
        FROM alpine:3.21
        RUN --mount=type=cache,target=/root/.cache apk add curl=8.11.1-r0
        """)).containsExactly("Dockerfile:2:44: info DL3019 " + MESSAGE);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "RUN apk add --no-cache curl",
      "RUN apk --no-cache add curl",
      "RUN apk add curl --no-cache",
      "RUN --mount=type=cache,target=/var/cache/apk apk add curl",
      "RUN --mount=type=cache,target=/var/cache/apk/ apk --update add curl",
      "RUN --mount=type=cache,target=/etc/apk/cache,sharing=locked apk add curl",
      "RUN --mount=type=cache,target=/apk-cache apk add --cache-dir /apk-cache curl",
      "RUN apk add curl && rm -rf /var/cache/apk/*",
      "RUN apk add --no-network --virtual .rundeps $deps",
      "RUN apk update",
      "RUN apk del curl"})
  void quietWithNoCacheOrACacheMount(String run) {
    assertThat(lint("FROM alpine:3.21\n" + run + "\n")).isEmpty();
  }
}
