package dev.dockwright.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WgetOrCurlTest {
  private static List<String> lint(String dockerfile) {
    return RuleTesting.lint(new WgetOrCurl(), dockerfile);
  }

  private static final String MESSAGE = "The stage runs both wget and curl: use one of them";

  @Test
  void firesAtEveryRunOfEitherOnceBothAreUsed() {
    assertThat(lint("""
        FROM debian:12.8-slim
        RUN wget -q https://example.com/a
        RUN apt-get install -y curl wget
        RUN curl -fsSLO https://example.com/b
        RUN wget -q https://example.com/c
        """)).containsExactly(
        "Dockerfile:4:5: warning DL4001 " + MESSAGE,
        "Dockerfile:5:5: warning DL4001 " + MESSAGE);
  }

  @Test
  void bothInOneRun() {
    assertThat(lint("""
        FROM debian:12.8-slim
        RUN KEY="$(curl -fsSL https://example.com/key)" && wget -q https://example.com/a
        """)).containsExactly("Dockerfile:2:12: warning DL4001 " + MESSAGE);
  }

  @Test
  void eachStageOnItsOwn() {
    assertThat(lint("""
        FROM debian:12.8-slim AS fetch
        RUN curl -fsSLO https://example.com/a
        FROM alpine:3.21
        RUN wget -q https://example.com/b
        HEALTHCHECK CMD curl -f http://localhost/ || exit 1
        """)).isEmpty();
  }

  @Test
  void quietWhenTheToolsAreOnlyInstalledOrLookedUp() {
    assertThat(lint("""
        FROM debian:12.8-slim
        RUN apt-get install -y curl wget && command -v wget && which curl
        RUN curl -fsSLO https://example.com/a
        """)).isEmpty();
  }
}
