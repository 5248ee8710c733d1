package dev.dockwright.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class WorkdirAbsoluteTest {
  private static List<String> lint(String dockerfile) {
    return RuleTesting.lint(new WorkdirAbsolute(), dockerfile);
  }

  @Test
  void firesForRelativePaths() {
    assertThat(lint("""
        FROM node:22.12.0-bookworm-slim
        WORKDIR /app
        WORKDIR src
        WORKDIR "./build"
        """)).containsExactly(
        "Dockerfile:3:1: error DL3000 WORKDIR src is relative: use an absolute path",
        "Dockerfile:4:1: error DL3000 WORKDIR ./build is relative: use an absolute path");
  }

  @ParameterizedTest
  @ValueSource(strings = {"WORKDIR /app", "WORKDIR \"/srv/my app\"", "WORKDIR $HOME/app", "WORKDIR ${APP_DIR}",
      "WORKDIR C:\\\\app", "WORKDIR c:/app"})
  void quietForAbsolutePathsAndVariables(String workdir) {
    assertThat(lint("FROM node:22.12.0-bookworm-slim\n" + workdir + "\n")).isEmpty();
  }
}
