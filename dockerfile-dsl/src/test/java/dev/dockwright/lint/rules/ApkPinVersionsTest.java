package dev.dockwright.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ApkPinVersionsTest {
  private static List<String> lint(String dockerfile) {
    return RuleTesting.lint(new ApkPinVersions(), dockerfile);
  }

  @Test
  void namesTheUnpinnedPackages() {
    assertThat(lint("""
        FROM alpine:3.21
        RUN apk add --no-cache --virtual .build-deps gcc musl-dev=1.2.5-r8 \\
         && apk --no-cache add curl mkcert@testing
        """)).containsExactly(
        "Dockerfile:2:5: warning DL3018 Pin versions in apk add (package=version): gcc",
        "Dockerfile:3:5: warning DL3018 Pin versions in apk add (package=version): curl, mkcert@testing");
  }

  @Test
  void firesInHeredocsAndBehindWrappers() {
    assertThat(lint("""
        FROM alpine:3.21
        RUN <<EOF
        set -eux
          doas apk add -X https://dl-cdn.alpinelinux.org/alpine/edge/testing git
        EOF
        """)).containsExactly("Dockerfile:4:8: warning DL3018 Pin versions in apk add (package=version): git");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "RUN apk add --no-cache curl=8.11.1-r0",
      "RUN apk add --no-cache 'curl>8.10' git~2.47 'bash<6'",
      "RUN apk add --no-cache --allow-untrusted /tmp/packages/*.apk ./local.apk",
      "RUN apk add --no-cache $RUNTIME_DEPS",
      "RUN apk add --no-cache -t .deps curl=8.11.1-r0",
      "RUN apk update && apk upgrade",
      "RUN apk del .build-deps",
      "RUN xx-apk add --no-cache gcc"})
  void quietWhenEveryPackageIsPinnedOrNotJudged(String run) {
    assertThat(lint("FROM alpine:3.21\n" + run + "\n")).isEmpty();
  }
}
