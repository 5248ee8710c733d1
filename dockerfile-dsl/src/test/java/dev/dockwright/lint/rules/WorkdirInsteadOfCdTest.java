package dev.dockwright.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkdirInsteadOfCdTest {
  private static List<String> lint(String dockerfile) {
    return RuleTesting.lint(new WorkdirInsteadOfCd(), dockerfile);
  }

  private static final String MESSAGE = "cd in RUN: use WORKDIR to change directory";

  @Test
  void firesOncePerRunAtTheFirstCd() {
    assertThat(lint("""
        FROM node:22.12.0-bookworm-slim
        RUN mkdir -p /app && cd /app && npm ci && cd /
        RUN if [ -d /src ]; then (cd /src && make); fi
        RUN <<EOF
        set -e
        cd /tmp
        EOF
        """)).containsExactly(
        "Dockerfile:2:22: warning DL3003 " + MESSAGE,
        "Dockerfile:3:27: warning DL3003 " + MESSAGE,
        "Dockerfile:6:1: warning DL3003 " + MESSAGE);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "RUN npm ci",
      "RUN echo cd /app",
      "RUN make -C /src",
      "RUN git -C /src pull",
      "RUN abcd /app"})
  void quietWithoutCd(String run) {
    assertThat(lint("FROM node:22.12.0-bookworm-slim\nWORKDIR /app\n" + run + "\n")).isEmpty();
  }
}
