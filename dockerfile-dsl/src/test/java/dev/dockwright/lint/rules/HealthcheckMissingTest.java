package dev.dockwright.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HealthcheckMissingTest {
  private static List<String> lint(String dockerfile) {
    return RuleTesting.lint(new HealthcheckMissing(), dockerfile);
  }

  private static final String MESSAGE = "The stage has no HEALTHCHECK: add one so that the container's health is known";

  @Test
  void firesAtTheFromOfEachStageWithoutOne() {
    assertThat(lint("""
        FROM golang:1.23.4-bookworm AS build
        RUN go build -o /out/app .
        FROM gcr.io/distroless/static-debian12:nonroot
        COPY --from=build /out/app /app
        """)).containsExactly("Dockerfile:1:1: info DL3057 " + MESSAGE, "Dockerfile:3:1: info DL3057 " + MESSAGE);
  }

  @Test
  void aForkOfTheChainWithoutOneIsReported() {
    assertThat(lint("""
        FROM alpine:3.21 AS base
        FROM base AS a
        FROM base AS b
        FROM a AS end-a
        HEALTHCHECK NONE
        FROM b AS end-b
        """)).containsExactly("Dockerfile:3:1: info DL3057 " + MESSAGE, "Dockerfile:6:1: info DL3057 " + MESSAGE);
  }

  @Test
  void quietWhenTheStageOrAStageItIsBuiltOnHasOne() {
    assertThat(lint("""
        FROM nginx:1.27.3-alpine AS base
        HEALTHCHECK CMD wget -q --spider http://localhost/ || exit 1
        FROM base AS site
        COPY site/ /usr/share/nginx/html/
        FROM site
        """)).isEmpty();
    assertThat(lint("""
        FROM alpine:3.21
        HEALTHCHECK NONE
        """)).isEmpty();
  }
}
