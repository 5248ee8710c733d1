package dev.dockwright.lint.rules;

import static dev.dockwright.lint.rules.Lints.lint;
import static dev.dockwright.lint.rules.Lints.lintLenient;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dockwright.lint.LintOptions;
import dev.dockwright.lint.Linter;
import dev.dockwright.parser.DockerfileParseException;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** DuplicateStageName, ReservedStageName, NoEmptyContinuation. */
class StageChecksTest {

  @Nested
  class DuplicateStageNameTest {
    private final DuplicateStageName rule = new DuplicateStageName();

    @Test
    void firesOnTheSecondStageOfAName() {
      assertThat(lintLenient(rule, "\nFROM scratch AS b\nFROM scratch AS b\n"))
          .containsExactly("Dockerfile:3:1: error DuplicateStageName/DL3024 Duplicate stage name \"b\", stage names"
              + " should be unique");
    }

    @Test
    void comparesNamesCaseInsensitivelyAndReportsTheLowerCaseName() {
      assertThat(lintLenient(rule, "FROM alpine:3.20 AS Build\nRUN true\nFROM alpine:3.20 AS build\nFROM scratch AS BUILD\n"))
          .containsExactly(
              "Dockerfile:3:1: error DuplicateStageName/DL3024 Duplicate stage name \"build\", stage names should be"
                  + " unique",
              "Dockerfile:4:1: error DuplicateStageName/DL3024 Duplicate stage name \"build\", stage names should be"
                  + " unique");
    }

    @Test
    void isQuietOnDistinctNamesAndOnAStageThatBuildsOnAnother() {
      assertThat(lint(rule, "FROM scratch AS b1\nFROM scratch AS b2\nFROM b1\nFROM b1 AS b3\n")).isEmpty();
    }

    @Test
    void theStrictParserRefusesTheFileItself() {
      assertThatThrownBy(() -> Linter.create().lint("FROM scratch AS b\nFROM scratch AS b\n", "Dockerfile",
          LintOptions.defaults()))
          .isInstanceOf(DockerfileParseException.class)
          .hasMessageContaining("duplicate stage name");
    }

    @Test
    void aHadolintIgnoreCommentSuppressesIt() {
      assertThat(lintLenient(rule, "FROM scratch AS b\n# hadolint ignore=DL3024\nFROM scratch AS b\n")).isEmpty();
    }
  }

  @Nested
  class ReservedStageNameTest {
    private final ReservedStageName rule = new ReservedStageName();

    @Test
    void firesOnScratchAndContext() {
      assertThat(lint(rule, "\nFROM scratch AS scratch\nFROM scratch AS Context\n"))
          .containsExactly(
              "Dockerfile:2:1: warning ReservedStageName Stage name should not use the same name as reserved stage"
                  + " \"scratch\"",
              "Dockerfile:3:1: warning ReservedStageName Stage name should not use the same name as reserved stage"
                  + " \"context\"");
    }

    @Test
    void isQuietOnNamesThatOnlyContainAReservedWord() {
      assertThat(lint(rule, "FROM scratch AS scratch-base\nFROM alpine:3.20 AS build-context\nFROM scratch\n"))
          .isEmpty();
    }
  }

  @Nested
  class NoEmptyContinuationTest {
    private final NoEmptyContinuation rule = new NoEmptyContinuation();

    @Test
    void firesOncePerInstructionAtItsFirstBlankContinuationLine() {
      assertThat(lint(rule, """

          FROM scratch
          # warning: empty continuation line
          COPY Dockerfile \\

          .
          COPY Dockerfile \\
          .
          """)).containsExactly("Dockerfile:5:1: warning NoEmptyContinuation Empty continuation line");
      assertThat(lint(rule, "FROM alpine:3.20\nRUN apk add \\\n\n    gnupg \\\n  \n    curl\n"))
          .containsExactly("Dockerfile:3:1: warning NoEmptyContinuation Empty continuation line");
    }

    @Test
    void isQuietOnCommentLinesInsideAContinuation() {
      assertThat(lint(rule, "FROM alpine:3.20\nEXPOSE \\\n# Port\n80\n")).isEmpty();
    }

    @Test
    void isQuietOnBlankLinesBetweenInstructionsAndInHeredocs() {
      assertThat(lint(rule, "FROM alpine:3.20\n\nRUN <<EOF\necho a\n\necho b\nEOF\n\nRUN true\n")).isEmpty();
    }
  }

  @Test
  void rulesListTheirChecksOnce() {
    assertThat(BuildKitChecks.all()).extracting(r -> r.info().id()).doesNotHaveDuplicates().hasSize(21);
    assertThat(List.of(new DuplicateStageName().info().aliases())).containsExactly(List.of("DL3024"));
  }
}
