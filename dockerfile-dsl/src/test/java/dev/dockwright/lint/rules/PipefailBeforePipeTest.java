package dev.dockwright.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PipefailBeforePipeTest {
  private static List<String> lint(String dockerfile) {
    return RuleTesting.lint(new PipefailBeforePipe(), dockerfile);
  }

  private static final String MESSAGE = "A pipe without -o pipefail hides the failure of a command before the last:"
      + " SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"] or set -o pipefail first";

  @Test
  void firesOncePerRunAtTheFirstUnprotectedPipeline() {
    assertThat(lint("""
        FROM debian:12.8-slim
        RUN set -eux; curl -fsSL https://example.com/a.tgz | tar -xz && curl -fsSL https://example.com/b | sh
        RUN arch="$(dpkg --print-architecture | cut -d- -f1)"; echo "$arch"
        RUN curl -fsSL https://example.com/a.tgz | tar -xz; set -o pipefail; echo ok | cat
        """)).containsExactly(
        "Dockerfile:2:15: warning DL4006 " + MESSAGE,
        "Dockerfile:3:13: warning DL4006 " + MESSAGE,
        "Dockerfile:4:5: warning DL4006 " + MESSAGE);
  }

  @Test
  void aShellWithoutPipefailDoesNotHelp() {
    assertThat(lint("""
        FROM debian:12.8-slim
        SHELL ["/bin/bash", "-c"]
        RUN curl -fsSL https://example.com/a.tgz | tar -xz
        """)).containsExactly("Dockerfile:3:5: warning DL4006 " + MESSAGE);
  }

  @Test
  void aPipefailShellCoversTheRestOfTheStageOnly() {
    assertThat(lint("""
        FROM debian:12.8-slim
        SHELL ["/bin/bash", "-o", "pipefail", "-c"]
        RUN curl -fsSL https://example.com/a.tgz | tar -xz
        FROM alpine:3.21
        RUN wget -qO- https://example.com/a.tgz | tar -xz
        """)).containsExactly("Dockerfile:5:5: warning DL4006 " + MESSAGE);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "RUN set -o pipefail && curl -fsSL https://example.com/a.tgz | tar -xz",
      "RUN set -euxo pipefail; curl -fsSL https://example.com/a.tgz | tar -xz",
      "RUN curl -fsSL -o /tmp/a.tgz https://example.com/a.tgz || exit 1",
      "RUN echo 'a | b' > /tmp/x",
      "RUN [\"sh\", \"-c\", \"curl -fsSL https://example.com | sh\"]"})
  void quietWithoutAnUnprotectedPipe(String run) {
    assertThat(lint("FROM debian:12.8-slim\n" + run + "\n")).isEmpty();
  }

  @Test
  void quietUnderPipefailShellsAndNonPosixShells() {
    assertThat(lint("""
        FROM alpine:3.21
        SHELL ["/bin/ash", "-eo", "pipefail", "-c"]
        RUN wget -qO- https://example.com/a.tgz | tar -xz
        FROM mcr.microsoft.com/windows/servercore:ltsc2022
        SHELL ["powershell", "-Command"]
        RUN Get-ChildItem C:\\ | Select-Object Name
        """)).isEmpty();
  }
}
