package dev.dockwright.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AptGetInsteadOfAptTest {
  private static List<String> lint(String dockerfile) {
    return RuleTesting.lint(new AptGetInsteadOfApt(), dockerfile);
  }

  private static final String MESSAGE = "apt is meant for people, its CLI is not stable: use apt-get or apt-cache";

  @Test
  void firesOncePerRunAtTheFirstApt() {
    assertThat(lint("""
        FROM ubuntu:24.04
        RUN apt-get update && apt install -y curl && apt clean
        RUN sudo apt remove -y vim
        ONBUILD RUN apt update
        """)).containsExactly(
        "Dockerfile:2:23: warning DL3027 " + MESSAGE,
        "Dockerfile:3:10: warning DL3027 " + MESSAGE,
        "Dockerfile:4:1: warning DL3027 " + MESSAGE);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "RUN apt-get update && apt-get install -y curl",
      "RUN apt-cache policy curl",
      "RUN echo apt install curl",
      "RUN apt-mark hold curl",
      "RUN /usr/lib/apt/apt-helper download-file https://example.com/x /x"})
  void quietForOtherTools(String run) {
    assertThat(lint("FROM ubuntu:24.04\n" + run + "\n")).isEmpty();
  }
}
