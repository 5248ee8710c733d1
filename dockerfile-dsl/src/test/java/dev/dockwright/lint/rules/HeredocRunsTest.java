package dev.dockwright.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shell rules read the script of a heredoc RUN, and only that: the body of {@code RUN <<EOF} or of a shell
 * reading it is shell, the body of any other heredoc is data. Findings point into the body.
 */
class HeredocRunsTest {
  private static List<String> lint(String dockerfile) {
    return RuleTesting.lint(new AptGetPinVersions(), dockerfile);
  }

  private static final String CURL = "warning DL3008 Pin versions in apt-get install (package=version): curl";

  @Test
  void theBodyOfAMarkerOnlyRunIsTheScript() {
    assertThat(lint("""
        FROM debian:12.8-slim
        RUN --mount=type=cache,target=/var/cache/apt \\
            <<EOF
        set -eux
            apt-get install -y curl
        EOF
        """)).containsExactly("Dockerfile:5:5: " + CURL);
  }

  @Test
  void tabsStrippedByDashHeredocsStillCountInColumns() {
    assertThat(lint("FROM debian:12.8-slim\nRUN <<-EOF\n\tset -e\n\t\tapt-get install -y curl\n\tEOF\n"))
        .containsExactly("Dockerfile:4:3: " + CURL);
  }

  @Test
  void aShellReadingTheHeredocRunsIt() {
    assertThat(lint("""
        FROM debian:12.8-slim
        RUN bash -ex <<'EOT'
        apt-get install -y curl
        EOT
        RUN <<EOT sh
        apt-get install -y curl
        EOT
        """)).containsExactly("Dockerfile:3:1: " + CURL, "Dockerfile:6:1: " + CURL);
  }

  @Test
  void theSecondOfTwoHeredocsIsPlacedAfterTheFirst() {
    assertThat(lint("""
        FROM debian:12.8-slim
        RUN <<CONF cat > /etc/apt/apt.conf.d/90retries && <<SCRIPT sh
        Acquire::Retries "3";
        CONF
        apt-get install -y curl
        SCRIPT
        """)).containsExactly("Dockerfile:5:1: " + CURL);
  }

  @Test
  void dataAndOtherInterpretersAreNotShell() {
    assertThat(lint("""
        FROM debian:12.8-slim
        RUN <<EOF cat > /usr/local/bin/setup
        apt-get install -y curl
        EOF
        RUN <<EOF
        #!/usr/bin/env python3
        print("apt-get install -y curl")
        EOF
        RUN python3 <<EOF
        import os; os.system("apt-get install -y curl")
        EOF
        RUN bash -c 'echo hi' <<EOF
        apt-get install -y curl
        EOF
        """)).isEmpty();
  }

  @Test
  void aShellShebangKeepsTheBodyShell() {
    assertThat(lint("""
        FROM debian:12.8-slim
        RUN <<EOF
        #!/bin/bash -e
        apt-get install -y curl
        EOF
        """)).containsExactly("Dockerfile:4:1: " + CURL);
  }
}
