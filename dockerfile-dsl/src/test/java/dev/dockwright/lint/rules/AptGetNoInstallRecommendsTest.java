package dev.dockwright.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AptGetNoInstallRecommendsTest {
  private static List<String> lint(String dockerfile) {
    return RuleTesting.lint(new AptGetNoInstallRecommends(), dockerfile);
  }

  @Test
  void firesAtEachInstallWithoutTheOption() {
    assertThat(lint("""
        FROM debian:12.8-slim
        RUN apt-get update \\
         && apt-get install -y curl=7.88.1-10 \\
         && apt-get install -y --no-install-recommends git=1:2.39.5-0+deb12u1 \\
         && apt-get install -y -o APT::Install-Recommends=true jq=1.6-2.1
        """)).containsExactly(
        "Dockerfile:3:5: info DL3015 apt-get install also installs recommended packages: add --no-install-recommends",
        "Dockerfile:5:5: info DL3015 apt-get install also installs recommended packages: add --no-install-recommends");
  }

  @Test
  void firesInAHeredocRunByBash() {
    assertThat(lint("""
        FROM debian:12.8-slim
        RUN <<EOT bash
          set -ex
          apt-get install -y git
        EOT
        """)).containsExactly(
        "Dockerfile:4:3: info DL3015 apt-get install also installs recommended packages: add --no-install-recommends");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "RUN apt-get install -y --no-install-recommends curl",
      "RUN apt-get --no-install-recommends install -y curl",
      "RUN apt-get install -y curl --no-install-recommends",
      "RUN apt-get -o APT::Install-Recommends=false install -y curl",
      "RUN apt-get install -y -o apt::install-recommends=0 curl",
      "RUN apt-get install -y --dry-run curl",
      "RUN apt-get update",
      "RUN aptitude install -y curl"})
  void quietWithTheOption(String run) {
    assertThat(lint("FROM debian:12.8-slim\n" + run + "\n")).isEmpty();
  }
}
