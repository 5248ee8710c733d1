package dev.dockwright.lint.rules;

import static dev.dockwright.lint.rules.Lints.lint;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** StageNameCasing, FromAsCasing and ConsistentInstructionCasing, with BuildKit's own cases. */
class CasingChecksTest {

  @Nested
  class StageNameCasingTest {
    private final StageNameCasing rule = new StageNameCasing();

    @Test
    void firesOnAStageNameWithUpperCase() {
      assertThat(lint(rule, "FROM scratch AS BadStageName\n\nFROM scratch AS base2\nFROM alpine:3.20 AS BUILD\n"))
          .containsExactly(
              "Dockerfile:1:1: info StageNameCasing Stage name 'BadStageName' should be lowercase",
              "Dockerfile:4:1: info StageNameCasing Stage name 'BUILD' should be lowercase");
    }

    @Test
    void isQuietOnLowerCaseNamesAndUnnamedStages() {
      assertThat(lint(rule, "FROM alpine:3.20 AS build-base_1.x\nFROM alpine:3.20\nFROM build-base_1.x AS final\n"))
          .isEmpty();
    }

    @Test
    void isQuietWhenOnlyTheImageTagHasUpperCase() {
      assertThat(lint(rule, "FROM alpine:3.20-Edge AS app\n")).isEmpty();
    }
  }

  @Nested
  class FromAsCasingTest {
    private final FromAsCasing rule = new FromAsCasing();

    @Test
    void firesWhenAsDoesNotMatchFrom() {
      assertThat(lint(rule, "FROM scratch as base\nfrom scratch AS base2\nFROM scratch aS base3\n"))
          .containsExactly(
              "Dockerfile:1:1: info FromAsCasing 'as' and 'FROM' keywords' casing do not match",
              "Dockerfile:2:1: info FromAsCasing 'AS' and 'from' keywords' casing do not match",
              "Dockerfile:3:1: info FromAsCasing 'aS' and 'FROM' keywords' casing do not match");
    }

    @Test
    void isQuietWhenTheCasesMatch() {
      assertThat(lint(rule, "FROM scratch AS base\nfrom scratch as base2\nFROM base2\n")).isEmpty();
    }

    @Test
    void leavesAMixedCaseFromToConsistentInstructionCasing() {
      assertThat(lint(rule, "From scratch as base\nFrom scratch AS base2\n")).isEmpty();
    }
  }

  @Nested
  class ConsistentInstructionCasingTest {
    private final ConsistentInstructionCasing rule = new ConsistentInstructionCasing();

    @Test
    void reportsAMixedCaseKeywordAgainstTheMajority() {
      assertThat(lint(rule, "\n#\nFrom scratch as base\nFROM scratch AS base2\n"))
          .containsExactly("Dockerfile:3:1: info ConsistentInstructionCasing Command 'From' should match the case"
              + " of the command majority (uppercase)");
      assertThat(lint(rule, "frOM scratch as base\nfrom scratch as base2\n"))
          .containsExactly("Dockerfile:1:1: info ConsistentInstructionCasing Command 'frOM' should match the case"
              + " of the command majority (lowercase)");
    }

    @Test
    void reportsTheMinorityCase() {
      assertThat(lint(rule, "FROM scratch\ncopy Dockerfile /foo\nCOPY Dockerfile /bar\n"))
          .containsExactly("Dockerfile:2:1: info ConsistentInstructionCasing Command 'copy' should match the case"
              + " of the command majority (uppercase)");
      assertThat(lint(rule, "from scratch\nCOPY Dockerfile /foo\ncopy Dockerfile /bar\n"))
          .containsExactly("Dockerfile:2:1: info ConsistentInstructionCasing Command 'COPY' should match the case"
              + " of the command majority (lowercase)");
    }

    @Test
    void aTieCountsAsUpperCase() {
      assertThat(lint(rule, "from scratch\nCOPY Dockerfile /foo\n"))
          .containsExactly("Dockerfile:1:1: info ConsistentInstructionCasing Command 'from' should match the case"
              + " of the command majority (uppercase)");
    }

    @Test
    void isQuietWhenAllKeywordsShareOneCase() {
      assertThat(lint(rule, "from scratch\ncopy Dockerfile /foo\ncopy Dockerfile /bar\n")).isEmpty();
      assertThat(lint(rule, "FROM scratch\nCOPY Dockerfile /foo\nONBUILD run true\n")).isEmpty();
    }

    @Test
    void globalArgsNeitherCountNorAreReported() {
      assertThat(lint(rule, "arg BASE=scratch\nFROM $BASE\nCOPY Dockerfile /foo\n")).isEmpty();
    }
  }
}
