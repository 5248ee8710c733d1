package dev.dockwright.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LastUserRootTest {
  private static List<String> lint(String dockerfile) {
    return RuleTesting.lint(new LastUserRoot(), dockerfile);
  }

  @Test
  void firesAtTheLastUserOfEachStageThatEndsAsRoot() {
    assertThat(lint("""
        FROM debian:12.8-slim AS build
        USER 0:0
        RUN make
        FROM debian:12.8-slim
        USER app
        RUN id
        USER root
        """)).containsExactly(
        "Dockerfile:2:1: warning DL3002 The last USER of the stage is 0:0: switch to an unprivileged user",
        "Dockerfile:7:1: warning DL3002 The last USER of the stage is root: switch to an unprivileged user");
  }

  @Test
  void quietWhenTheStageSwitchesBackOrNeverSetsAUser() {
    assertThat(lint("""
        FROM debian:12.8-slim AS build
        RUN make
        FROM debian:12.8-slim
        USER root
        RUN apt-get update
        USER 10001:10001
        FROM debian:12.8-slim
        USER rootless
        """)).isEmpty();
  }
}
