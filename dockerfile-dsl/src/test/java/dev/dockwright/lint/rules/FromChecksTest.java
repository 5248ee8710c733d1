package dev.dockwright.lint.rules;

import static dev.dockwright.lint.rules.Lints.lint;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The checks of FROM lines: UndefinedArgInFrom, InvalidDefaultArgInFrom, RedundantTargetPlatform,
 * FromPlatformFlagConstDisallowed, with BuildKit's own cases.
 */
class FromChecksTest {

  @Nested
  class UndefinedArgInFromTest {
    private final UndefinedArgInFrom rule = new UndefinedArgInFrom();

    @Test
    void suggestsAPredefinedArgForAMisspeltOne() {
      assertThat(lint(rule, "\nFROM --platform=$BULIDPLATFORM scratch\nCOPY Dockerfile .\n"))
          .containsExactly("Dockerfile:2:1: warning UndefinedArgInFrom FROM argument 'BULIDPLATFORM' is not declared"
              + " (did you mean BUILDPLATFORM?)");
    }

    @Test
    void suggestsADeclaredGlobalArg() {
      assertThat(lint(rule, "ARG MY_OS=linux\nARG MY_ARCH=amd64\nFROM --platform=linux/${MYARCH} busybox:1.37\n"))
          .containsExactly("Dockerfile:3:1: warning UndefinedArgInFrom FROM argument 'MYARCH' is not declared"
              + " (did you mean MY_ARCH?)");
    }

    @Test
    void firesWithoutSuggestionWhenNothingIsClose() {
      assertThat(lint(rule, "ARG tag=latest\nFROM busybox:${tag}${version} AS b\nCOPY Dockerfile .\n"))
          .containsExactly("Dockerfile:2:1: warning UndefinedArgInFrom FROM argument 'version' is not declared");
    }

    @Test
    void anArgOfTheStageDoesNotCountForItsFrom() {
      assertThat(lint(rule, "FROM alpine:${ALPINE_VERSION}\nARG ALPINE_VERSION=3.20\n"))
          .containsExactly("Dockerfile:1:1: warning UndefinedArgInFrom FROM argument 'ALPINE_VERSION' is not"
              + " declared");
    }

    @Test
    void isQuietOnDeclaredAndPredefinedArgs() {
      assertThat(lint(rule, "ARG base=scratch\nFROM $base\nCOPY Dockerfile .\n")).isEmpty();
      assertThat(lint(rule, "ARG BUILDPLATFORM=linux/amd64\nFROM --platform=$BUILDPLATFORM scratch\n")).isEmpty();
      assertThat(lint(rule, "FROM --platform=$BUILDPLATFORM scratch\nFROM --platform=$TARGETOS/$TARGETARCH scratch\n"))
          .isEmpty();
    }

    @Test
    void isQuietOnADeclaredArgWithoutDefault() {
      assertThat(lint(rule, "ARG DEBUG\nFROM scratch${DEBUG}\n")).isEmpty();
      assertThat(lint(rule, "ARG DEBUG\nFROM scra${DEBUG:-tch}\n")).isEmpty();
      assertThat(lint(rule, "ARG DEBUG=\"\"\nFROM scratch${DEBUG-@bogus}\n")).isEmpty();
    }
  }

  @Nested
  class InvalidDefaultArgInFromTest {
    private final InvalidDefaultArgInFrom rule = new InvalidDefaultArgInFrom();

    @Test
    void firesWhenTheDefaultsLeaveAnInvalidName() {
      assertThat(lint(rule, "\nARG VERSION\nFROM busybox:$VERSION\n"))
          .containsExactly("Dockerfile:3:1: warning InvalidDefaultArgInFrom Default value for ARG busybox:$VERSION"
              + " results in empty or invalid base image name");
      assertThat(lint(rule, "ARG IMAGE\nFROM $IMAGE\n"))
          .containsExactly("Dockerfile:2:1: warning InvalidDefaultArgInFrom Default value for ARG $IMAGE results in"
              + " empty or invalid base image name");
      assertThat(lint(rule, "ARG SFX=\"box:\"\nFROM busy${SFX}\n"))
          .containsExactly("Dockerfile:2:1: warning InvalidDefaultArgInFrom Default value for ARG busy${SFX} results"
              + " in empty or invalid base image name");
    }

    @Test
    void isQuietWhenTheDefaultsMakeAValidName() {
      assertThat(lint(rule, "ARG VERSION=\"latest\"\nFROM busybox:${VERSION}\n")).isEmpty();
      assertThat(lint(rule, "ARG BUSYBOX_VARIANT=\"\"\nFROM busybox:stable${BUSYBOX_VARIANT}\n")).isEmpty();
      assertThat(lint(rule, "ARG BUSYBOX_VARIANT\nFROM busybox:stable${BUSYBOX_VARIANT}\n")).isEmpty();
      assertThat(lint(rule, "ARG TAG\nFROM alpine:${TAG:-3.14}\n")).isEmpty();
    }

    @Test
    void aStageNameIsAValidBase() {
      assertThat(lint(rule, "ARG BASE=builder\nFROM alpine:3.20 AS builder\nFROM ${BASE}\n")).isEmpty();
    }
  }

  @Nested
  class RedundantTargetPlatformTest {
    private final RedundantTargetPlatform rule = new RedundantTargetPlatform();

    @Test
    void quotesThePlatformAsWritten() {
      assertThat(lint(rule, "\nFROM --platform=$TARGETPLATFORM scratch\nFROM --platform=${TARGETPLATFORM} scratch\n"))
          .containsExactly(
              "Dockerfile:2:1: info RedundantTargetPlatform Setting platform to predefined $TARGETPLATFORM in FROM"
                  + " is redundant as this is the default behavior",
              "Dockerfile:3:1: info RedundantTargetPlatform Setting platform to predefined ${TARGETPLATFORM} in"
                  + " FROM is redundant as this is the default behavior");
    }

    @Test
    void aDefaultThatIsNotUsedStillGivesTheTargetPlatform() {
      assertThat(lint(rule, "FROM --platform=${TARGETPLATFORM:-linux/arm64} scratch\n")).hasSize(1);
    }

    @Test
    void isQuietOnOtherPlatforms() {
      assertThat(lint(rule, "FROM --platform=$BUILDPLATFORM scratch\n")).isEmpty();
      assertThat(lint(rule, "FROM --platform=$TARGETOS/$TARGETARCH scratch\n")).isEmpty();
      assertThat(lint(rule, "FROM --platform=${TARGETPLATFORM%/*}/arm64 scratch\n")).isEmpty();
      assertThat(lint(rule, "FROM scratch\n")).isEmpty();
    }
  }

  @Nested
  class FromPlatformFlagConstDisallowedTest {
    private final FromPlatformFlagConstDisallowed rule = new FromPlatformFlagConstDisallowed();

    @Test
    void firesOnAConstantPlatform() {
      assertThat(lint(rule, "\nFROM --platform=linux/amd64 scratch\n"))
          .containsExactly("Dockerfile:2:1: warning FromPlatformFlagConstDisallowed FROM --platform flag should not"
              + " use constant value \"linux/amd64\"");
      assertThat(lint(rule, "FROM --platform=darwin/arm64 crazymax/osxcross:26.1 AS osxcross\n"))
          .containsExactly("Dockerfile:1:1: warning FromPlatformFlagConstDisallowed FROM --platform flag should not"
              + " use constant value \"darwin/arm64\"");
    }

    @Test
    void isQuietWhenTheStageNameNamesTheOsOrArchitecture() {
      assertThat(lint(rule, "FROM --platform=linux/amd64 scratch AS my_amd64_stage\n")).isEmpty();
      assertThat(lint(rule, "FROM --platform=linux/amd64 scratch AS linux\n")).isEmpty();
      assertThat(lint(rule, "FROM --platform=linux/x86_64 alpine:3.20 AS build-amd64\n")).isEmpty();
      assertThat(lint(rule, "FROM --platform=linux/aarch64 alpine:3.20 AS build-arm64\n")).isEmpty();
    }

    @Test
    void isQuietOnVariablesAndOnWhatIsNoPlatform() {
      assertThat(lint(rule, "FROM --platform=$BUILDPLATFORM alpine:3.20 AS base\n")).isEmpty();
      assertThat(lint(rule, "FROM --platform=linux/${TARGETARCH} alpine:3.20 AS base\n")).isEmpty();
      assertThat(lint(rule, "FROM --platform=no@such alpine:3.20 AS base\n")).isEmpty();
    }
  }
}
