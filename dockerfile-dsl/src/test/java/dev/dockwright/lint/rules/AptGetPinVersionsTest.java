package dev.dockwright.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AptGetPinVersionsTest {
  private static List<String> lint(String dockerfile) {
    return RuleTesting.lint(new AptGetPinVersions(), dockerfile);
  }

  @Test
  void namesTheUnpinnedPackagesAtTheInstallCommand() {
    assertThat(lint("""
        FROM debian:12.8-slim
        RUN apt-get update && apt-get install -y curl=7.88.1-10 git wget \\
            && rm -rf /var/lib/apt/lists/*
        """)).containsExactly(
        "Dockerfile:2:23: warning DL3008 Pin versions in apt-get install (package=version): git, wget");
  }

  @Test
  void readsThroughWrappersAssignmentsAndBundledOptions() {
    // A wrapped command starts at its own assignments: "A=b apt-get ..." after env.
    assertThat(lint("""
        FROM debian:12.8-slim
        RUN set -eux; \\
            DEBIAN_FRONTEND=noninteractive sudo apt-get -qqy -o Dpkg::Options::=--force-confold install curl; \\
            if true; then env A=b apt-get install --yes -t bookworm-backports git; fi
        """)).containsExactly(
        "Dockerfile:3:41: warning DL3008 Pin versions in apt-get install (package=version): curl",
        "Dockerfile:4:23: warning DL3008 Pin versions in apt-get install (package=version): git");
  }

  @Test
  void firesInHeredocScriptsAndOnBuild() {
    assertThat(lint("""
        FROM debian:12.8-slim
        RUN <<EOF
        set -e
        apt-get install -y jq
        EOF
        ONBUILD RUN apt-get install -y make
        """)).containsExactly(
        "Dockerfile:4:1: warning DL3008 Pin versions in apt-get install (package=version): jq",
        "Dockerfile:6:1: warning DL3008 Pin versions in apt-get install (package=version): make");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "RUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10",
      "RUN apt-get -y install curl=7.88.1-10 git=1:2.39.5-0+deb12u1",
      "RUN apt-get install -y curl/bookworm-backports ./local-package.deb /tmp/other.deb",
      "RUN apt-get install -y $PACKAGES \"${EXTRA}\" $(cat /tmp/packages.txt)",
      "RUN apt-get install -y -s curl",
      "RUN apt-get install -f -y",
      "RUN apt install -y curl",
      "RUN apt-get update",
      "RUN <<EOF cat > /etc/motd\napt-get install -y curl\nEOF",
      "RUN [\"apt-get\", \"install\", \"-y\", \"curl\"]",
      "RUN echo apt-get install -y curl"})
  void quietWhenEveryPackageIsPinnedOrNotJudged(String run) {
    assertThat(lint("FROM debian:12.8-slim\n" + run + "\n")).isEmpty();
  }
}
