package dev.dockwright.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageTaggedTest {
  private static List<String> lint(String dockerfile) {
    return RuleTesting.lint(new ImageTagged(), dockerfile);
  }

  @Test
  void firesForImagesWithoutTagOrDigest() {
    assertThat(lint("""
        FROM debian AS base
        FROM --platform=$BUILDPLATFORM ghcr.io/acme/tools
        FROM localhost:5000/app
        FROM ${REGISTRY}/node
        """)).containsExactly(
        "Dockerfile:1:1: warning DL3006 The image debian has no tag: name the version, as in debian:<version>",
        "Dockerfile:2:1: warning DL3006 The image ghcr.io/acme/tools has no tag: name the version, as in"
            + " ghcr.io/acme/tools:<version>",
        "Dockerfile:3:1: warning DL3006 The image localhost:5000/app has no tag: name the version, as in"
            + " localhost:5000/app:<version>",
        "Dockerfile:4:1: warning DL3006 The image ${REGISTRY}/node has no tag: name the version, as in"
            + " ${REGISTRY}/node:<version>");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "FROM debian:12.8-slim",
      "FROM debian@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
      "FROM scratch",
      "FROM ${BASE_IMAGE}",
      "FROM ghcr.io/acme/${IMAGE}",
      "FROM node:${NODE_VERSION}-alpine",
      "FROM debian:12.8-slim AS base\nFROM base"})
  void quietForTaggedImagesStagesAndVariables(String from) {
    assertThat(lint(from + "\n")).isEmpty();
  }
}
