package dev.dockwright.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CopyRelativeDestinationTest {
  private static List<String> lint(String dockerfile) {
    return RuleTesting.lint(new CopyRelativeDestination(), dockerfile);
  }

  @Test
  void firesBeforeAnyWorkdirOfTheStage() {
    assertThat(lint("""
        FROM node:22.12.0-bookworm-slim
        COPY package.json .
        WORKDIR /app
        COPY . .
        FROM node:22.12.0-bookworm-slim
        COPY --from=0 /app/dist dist/
        """)).containsExactly(
        "Dockerfile:2:1: warning DL3045 COPY to the relative destination . with no WORKDIR set in the stage: set"
            + " one, or copy to an absolute path",
        "Dockerfile:6:1: warning DL3045 COPY to the relative destination dist/ with no WORKDIR set in the stage:"
            + " set one, or copy to an absolute path");
  }

  @Test
  void aWorkdirIsInheritedFromTheStagesAFromNames() {
    assertThat(lint("""
        ARG VARIANT=alpine
        FROM node:22.12.0-alpine AS base-alpine
        WORKDIR /app
        FROM base-alpine AS deps
        COPY package.json .
        FROM base-${VARIANT}
        COPY . .
        """)).isEmpty();
  }

  @Test
  void quietForAbsoluteAndVariableDestinationsAndScratch() {
    assertThat(lint("""
        FROM node:22.12.0-bookworm-slim AS build
        COPY package.json /app/
        COPY src $APP_HOME/src
        COPY win C:\\\\app
        FROM scratch AS out
        COPY --from=build /app/dist dist
        FROM out
        COPY LICENSE .
        """)).isEmpty();
  }
}
