package dev.dockwright.lint.rules;

import static dev.dockwright.lint.rules.Lints.lint;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** UndefinedVar and WorkdirRelativePath, which expand words with the variables in scope. */
class UndefinedVarTest {
  private final UndefinedVar rule = new UndefinedVar();

  private static String undefined(int line, String name) {
    return "Dockerfile:" + line + ":1: warning UndefinedVar Usage of undefined variable '$" + name + "'";
  }

  @Test
  void anArgDeclaredAfterItsUseIsUndefined() {
    assertThat(lint(rule, "\nFROM alpine:3.20\nCOPY $foo .\nARG foo=bar\nRUN echo $foo\n"))
        .containsExactly(undefined(3, "foo"));
  }

  @Test
  void suggestsADefinedNameForANearMiss() {
    assertThat(lint(rule, """

        FROM alpine:3.20
        ARG DIR_BINARIES=binaries/
        ARG DIR_ASSETS=assets/
        ARG DIR_CONFIG=config/
        COPY $DIR_ASSET .
        """)).containsExactly(undefined(6, "DIR_ASSET") + " (did you mean $DIR_ASSETS?)");
  }

  @Test
  void inAScratchStageEveryUndefinedNameIsReported() {
    assertThat(lint(rule, "FROM scratch\nENV PATH=$PAHT:/tmp/bin\nLABEL owner=$OWNER\n"))
        .containsExactly(undefined(2, "PAHT") + " (did you mean $PATH?)", undefined(3, "OWNER"));
  }

  @Test
  void aGlobalArgMustBeDeclaredAgainInTheStage() {
    assertThat(lint(rule, "ARG VERSION=1.4\nFROM alpine:${VERSION}\nLABEL version=$VERSION\n"))
        .containsExactly(undefined(3, "VERSION"));
    assertThat(lint(rule, "ARG VERSION=1.4\nFROM alpine:${VERSION}\nARG VERSION\nLABEL version=$VERSION\n"))
        .isEmpty();
  }

  @Test
  void predefinedArgsNeedAnArgInTheStage() {
    assertThat(lint(rule, "FROM alpine:3.20\nCOPY bin/app-${TARGETARCH} /usr/local/bin/app\n"))
        .containsExactly(undefined(2, "TARGETARCH"));
    assertThat(lint(rule, "FROM alpine:3.20\nARG TARGETARCH\nCOPY bin/app-${TARGETARCH} /usr/local/bin/app\n"))
        .isEmpty();
  }

  @Test
  void anEnvSeesTheValuesFromBeforeItself() {
    assertThat(lint(rule, "FROM scratch\nENV a=x b=$a\nENV c=$a\n")).containsExactly(undefined(2, "a"));
  }

  @Test
  void checksArgDefaultsLabelsCopyFlagsWorkdirUserVolumeStopsignalAndMounts() {
    assertThat(lint(rule, """
        FROM scratch
        ARG ALPHA_VALUE=$U1
        LABEL $U2=x
        COPY --chown=$U3 --chmod=$U4 a /b/
        WORKDIR /$U5
        USER $U6
        VOLUME /data/$U7
        STOPSIGNAL $U8
        RUN --mount=type=cache,target=/cache/$U9 true
        """)).containsExactly(undefined(2, "U1"), undefined(3, "U2"), undefined(4, "U3"), undefined(4, "U4"),
            undefined(5, "U5"), undefined(6, "U6"), undefined(7, "U7"), undefined(8, "U8"), undefined(9, "U9"));
  }

  @Test
  void expandsTheBodyOfACopyHeredocUnlessItsMarkerIsQuoted() {
    assertThat(lint(rule, "FROM scratch\nCOPY <<EOF /greeting\nhello $NAME\nEOF\nCOPY <<'EOF' /raw\n$RAW\nEOF\n"))
        .containsExactly(undefined(2, "NAME"));
  }

  @Test
  void reportsEachNameOncePerInstruction() {
    assertThat(lint(rule, "FROM scratch\nCOPY $X/a $X/b /dest/$X/\n")).containsExactly(undefined(2, "X"));
  }

  @Test
  void inAnImageStageOnlyALongNearMissOfTheFilesOwnVariableIsEvidence() {
    assertThat(lint(rule, "FROM alpine:3.20\nARG DIR_ASSETS=assets/\nARG GO=1\nCOPY $DIR_ASSET $GID /\n"))
        .containsExactly(undefined(4, "DIR_ASSET") + " (did you mean $DIR_ASSETS?)");
  }

  @Test
  void isQuietOnDeclaredArgsWithOrWithoutValue() {
    assertThat(lint(rule, "FROM scratch\nARG foo\nCOPY Dockerfile${foo} .\n")).isEmpty();
    assertThat(lint(rule, "FROM scratch\nARG a=1 b=$a\nENV c=$b\n")).isEmpty();
  }

  @Test
  void aStageInheritsTheVariablesOfTheStageItBuildsOn() {
    assertThat(lint(rule, "FROM alpine:3.20 AS base\nARG foo=Dockerfile\nENV bar=1\n\nFROM base\nCOPY $foo /$bar\n"))
        .isEmpty();
  }

  @Test
  void isQuietOnWhatTheShellOrNobodyExpands() {
    assertThat(lint(rule, """
        FROM scratch
        RUN echo $PATH $UNDEFINED
        CMD echo $UNDEFINED
        ENTRYPOINT ["sh", "-c", "echo $UNDEFINED"]
        EXPOSE $UNDEFINED_PORT
        LABEL a='$SINGLE' b=\\$ESCAPED c="\\$ESCAPED"
        ONBUILD COPY $LATER /later
        """)).isEmpty();
  }

  @Test
  void isQuietOnVariablesTheBaseImageMayDefine() {
    assertThat(lint(rule, "FROM python:3.12\nENV V=$PYTHON_VERSION\nWORKDIR $HOME/app\n")).isEmpty();
    assertThat(lint(rule, "FROM golang:1.23.4\nENV PATH=$GOPATH/bin:$PATH\n")).isEmpty();
  }

  @Test
  void isQuietOnArgsBuildKitReadsItself() {
    assertThat(lint(rule, "FROM scratch\nLABEL scan=$BUILDKIT_SBOM_SCAN_STAGE\n")).isEmpty();
  }

  @Nested
  class WorkdirRelativePathTest {
    private final WorkdirRelativePath workdir = new WorkdirRelativePath();

    @Test
    void firesOnTheFirstRelativeWorkdirOfAStage() {
      assertThat(lint(workdir, "\nFROM scratch\nWORKDIR app/\nWORKDIR lib/\n"))
          .containsExactly("Dockerfile:3:1: warning WorkdirRelativePath Relative workdir \"app/\" can have unexpected"
              + " results if the base image changes");
    }

    @Test
    void checksThePathAfterExpansion() {
      assertThat(lint(workdir, "FROM nginx:1.27.3\nARG DIR=share/html\nWORKDIR ${DIR}\n"))
          .containsExactly("Dockerfile:3:1: warning WorkdirRelativePath Relative workdir \"share/html\" can have"
              + " unexpected results if the base image changes");
    }

    @Test
    void isQuietAfterAnAbsoluteWorkdirInTheStageOrTheStageItBuildsOn() {
      assertThat(lint(workdir, "FROM scratch AS a\nWORKDIR /app\n\nFROM a AS b\nWORKDIR subdir/\n")).isEmpty();
      assertThat(lint(workdir, "FROM scratch\nWORKDIR /app\nWORKDIR src\n")).isEmpty();
    }

    @Test
    void isQuietOnPathsItCannotKnowAndOnWindowsPaths() {
      assertThat(lint(workdir, "FROM python:3.12\nWORKDIR $APP_HOME\n")).isEmpty();
      assertThat(lint(workdir, "FROM python:3.12\nWORKDIR $HOME/app\n")).isEmpty();
      assertThat(lint(workdir, "# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nWORKDIR C:\\go\n"))
          .isEmpty();
    }
  }
}
