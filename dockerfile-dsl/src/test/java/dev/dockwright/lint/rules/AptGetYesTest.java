package dev.dockwright.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AptGetYesTest {
  private static List<String> lint(String dockerfile) {
    return RuleTesting.lint(new AptGetYes(), dockerfile);
  }

  @Test
  void firesAtEachInstallWithoutYes() {
    assertThat(lint("""
        FROM debian:12.8-slim
        RUN apt-get update && apt-get install curl=7.88.1-10 \\
            && DEBIAN_FRONTEND=noninteractive apt-get -q install git=1:2.39.5-0+deb12u1
        """)).containsExactly(
        "Dockerfile:2:23: warning DL3014 apt-get install without -y waits for confirmation: add -y",
        "Dockerfile:3:8: warning DL3014 apt-get install without -y waits for confirmation: add -y");
  }

  @Test
  void firesBehindSudoAndInOnBuild() {
    assertThat(lint("""
        FROM debian:12.8-slim
        RUN sudo -E apt-get install curl=7.88.1-10
        ONBUILD RUN apt-get install make=4.3-4.1
        """)).containsExactly(
        "Dockerfile:2:13: warning DL3014 apt-get install without -y waits for confirmation: add -y",
        "Dockerfile:3:1: warning DL3014 apt-get install without -y waits for confirmation: add -y");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "RUN apt-get install -y curl",
      "RUN apt-get update && apt-get install -y curl",
      "RUN DEBIAN_FRONTEND=noninteractive apt-get -y install curl",
      "RUN apt-get -y install curl",
      "RUN apt-get install curl -y",
      "RUN apt-get -qqy install curl",
      "RUN apt-get -qq install curl",
      "RUN apt-get -q -q install curl",
      "RUN apt-get --quiet --quiet install curl",
      "RUN apt-get -q=2 install curl",
      "RUN apt-get install --yes curl",
      "RUN apt-get install --assume-yes curl",
      "RUN apt-get -o APT::Get::Assume-Yes=true install curl",
      "RUN apt-get update && apt-get upgrade",
      "RUN apt-get install -s curl",
      "RUN apt install curl"})
  void quietWhenTheAnswerIsGiven(String run) {
    assertThat(lint("FROM debian:12.8-slim\n" + run + "\n")).isEmpty();
  }
}
