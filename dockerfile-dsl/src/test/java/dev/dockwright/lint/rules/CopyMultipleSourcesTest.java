package dev.dockwright.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CopyMultipleSourcesTest {
  private static List<String> lint(String dockerfile) {
    return RuleTesting.lint(new CopyMultipleSources(), dockerfile);
  }

  @Test
  void firesWhenTheDestinationLacksTheSlash() {
    assertThat(lint("""
        FROM node:22.12.0-bookworm-slim
        COPY package.json package-lock.json /app
        COPY --from=build ["a b", "c", "/srv"]
        """)).containsExactly(
        "Dockerfile:2:1: error DL3021 COPY of 2 sources to /app: end the destination directory with /",
        "Dockerfile:3:1: error DL3021 COPY of 2 sources to /srv: end the destination directory with /");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "COPY package.json package-lock.json /app/",
      "COPY package.json package-lock.json ./",
      "COPY package*.json /app",
      "COPY . /app",
      "COPY a b ${DEST}",
      "COPY [\"a\", \"b\", \"/srv/\"]"})
  void quietWithOneSourceOrASlash(String copy) {
    assertThat(lint("FROM node:22.12.0-bookworm-slim\nWORKDIR /app\n" + copy + "\n")).isEmpty();
  }
}
