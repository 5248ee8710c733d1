package dev.dockwright.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** BuildKit's {@code # check=skip=...} comment before an instruction skips checks for that instruction only. */
class CheckCommentsTest {
  private static List<String> lint(String text) {
    return Linter.create().lint(text, "Dockerfile", LintOptions.defaults()).stream().map(Finding::format).toList();
  }

  @Test
  void skipsTheNamedChecksForTheNextInstruction() {
    assertThat(lint("""
        FROM scratch
        ARG SECRET_PASSPHRASE
        # check=skip=SecretsUsedInArgOrEnv // allow secret in environment
        ENV password=bar
        # check=skip=all // is local to only this instruction
        ARG alternate_password
        # check=skip=JSONArgsRecommended
        CMD mycommand
        """)).containsExactly("Dockerfile:2:1: warning SecretsUsedInArgOrEnv Do not use ARG or ENV instructions for"
            + " sensitive data (ARG \"SECRET_PASSPHRASE\")");
  }

  @Test
  void skipAllCoversBuildKitChecksAndANamedSkipOnlyItsCheck() {
    assertThat(lint("FROM scratch\n# check=skip=all\nMAINTAINER me@example.org\n")).isEmpty();
    assertThat(lint("FROM scratch\n# check=skip=UndefinedVar\nENV password=$X\n"))
        .containsExactly("Dockerfile:3:1: warning SecretsUsedInArgOrEnv Do not use ARG or ENV instructions for"
            + " sensitive data (ENV \"password\")");
  }
}
