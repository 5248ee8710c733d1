package dev.dockwright.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AptListsDeletedTest {
  private static List<String> lint(String dockerfile) {
    return RuleTesting.lint(new AptListsDeleted(), dockerfile);
  }

  private static final String MESSAGE = "The apt lists that apt-get update downloads stay in the layer:"
      + " rm -rf /var/lib/apt/lists/* in the same RUN, or mount a cache there";

  @Test
  void firesAtTheUpdateOfARunThatKeepsTheLists() {
    assertThat(lint("""
        FROM debian:12.8-slim
        RUN set -eux; apt-get update; apt-get install -y --no-install-recommends curl=7.88.1-10
        RUN apt-get update && apt-get install -y git=1:2.39.5-0+deb12u1 && rm -rf /var/lib/apt/lists/*
        """)).containsExactly("Dockerfile:2:15: info DL3009 " + MESSAGE);
  }

  @Test
  void deletingInALaterRunIsTooLate() {
    assertThat(lint("""
        FROM debian:12.8-slim
        RUN apt-get update && apt-get install -y curl=7.88.1-10
        RUN rm -rf /var/lib/apt/lists/*
        """)).containsExactly("Dockerfile:2:5: info DL3009 " + MESSAGE);
  }

  @Test
  void firesInStagesTheLastStageIsBuiltOnAndInOnBuild() {
    assertThat(lint("""
        ARG VARIANT=debian
        FROM debian:12.8-slim AS base-debian
        RUN apt-get update
        FROM base-${VARIANT} AS final
        ONBUILD RUN apt update
        """)).containsExactly(
        "Dockerfile:3:5: info DL3009 " + MESSAGE,
        "Dockerfile:5:1: info DL3009 The apt lists that apt update downloads stay in the layer:"
            + " rm -rf /var/lib/apt/lists/* in the same RUN, or mount a cache there");
  }

  @Test
  void apt_get_install_update_updates_too() {
    assertThat(lint("""
        FROM debian:13.1-slim
        RUN apt-get install --update -y curl=8.14.1-2
        """)).containsExactly("Dockerfile:2:5: info DL3009 " + MESSAGE);
  }

  @Test
  void quietInABuilderStageThatIsOnlyCopiedFrom() {
    assertThat(lint("""
        FROM debian:12.8-slim AS build
        RUN apt-get update && apt-get install -y gcc=4:12.2.0-3
        FROM build AS compile
        RUN gcc -o /app main.c
        FROM gcr.io/distroless/static-debian12:nonroot
        COPY --from=compile /app /app
        """)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "RUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*",
      "RUN apt-get update && apt-get install -y curl && rm -fr /var/lib/apt/lists",
      "RUN apt-get update && apt-get install -y curl; rm -r /var/lib/apt/lists/* /tmp/*",
      "RUN apt-get update && apt-get install -y curl && apt-get distclean",
      "RUN --mount=type=cache,target=/var/lib/apt/lists apt-get update && apt-get install -y curl",
      "RUN --mount=type=cache,target=/var/lib/apt,sharing=locked --mount=type=cache,target=/var/cache/apt "
          + "apt-get update && apt-get install -y curl",
      "RUN --mount=type=tmpfs,target=/var/lib/apt/lists/ apt-get update",
      "RUN apt-get install -y curl",
      "RUN apt-get update -qq && \\\n    apt-get install -yqq curl && \\\n    rm -rf /var/lib/apt/lists/*",
      "RUN <<EOF\napt-get update\napt-get install -y curl\nrm -rf /var/lib/apt/lists/*\nEOF"})
  void quietWhenTheListsAreDeletedOrMounted(String run) {
    assertThat(lint("FROM debian:12.8-slim\n" + run + "\n")).isEmpty();
  }

  @Test
  void aCacheOfTheDownloadedPackagesAloneDoesNotCoverTheLists() {
    assertThat(lint("""
        FROM debian:12.8-slim
        RUN --mount=type=cache,target=/var/cache/apt apt-get update && apt-get install -y curl
        """)).containsExactly("Dockerfile:2:46: info DL3009 " + MESSAGE);
  }
}
