package dev.dockwright.lint.rules;

import static dev.dockwright.lint.rules.Lints.lint;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.lint.LintOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CopyIgnoredFile with a build context, with BuildKit's own cases. */
class CopyIgnoredFileTest {
  private final CopyIgnoredFile rule = new CopyIgnoredFile();
  @TempDir Path context;

  private List<String> lintWith(String dockerignore, String dockerfile) throws IOException {
    Files.writeString(context.resolve(".dockerignore"), dockerignore);
    return lint(rule, dockerfile, LintOptions.defaults().withContext(context));
  }

  @Test
  void firesOnCopyAndAddOfAnIgnoredFile() throws IOException {
    assertThat(lintWith("\nDockerfile\n", "\nFROM scratch\nCOPY Dockerfile .\nADD Dockerfile /windy\n"))
        .containsExactly(
            "Dockerfile:3:1: error CopyIgnoredFile Attempting to Copy file \"Dockerfile\" that is excluded by"
                + " .dockerignore",
            "Dockerfile:4:1: error CopyIgnoredFile Attempting to Add file \"Dockerfile\" that is excluded by"
                + " .dockerignore");
  }

  @Test
  void reportsTheCleanedSourceAfterExpansionAndForAnIgnoredParentDirectory() throws IOException {
    assertThat(lintWith("secrets\n", "FROM scratch\nARG DIR=./secrets/../secrets\nCOPY ${DIR}/key.pem /etc/\n"))
        .containsExactly("Dockerfile:3:1: error CopyIgnoredFile Attempting to Copy file \"secrets/key.pem\" that is"
            + " excluded by .dockerignore");
  }

  @Test
  void theWholeContextCountsOnlyWhenEverythingIsIgnored() throws IOException {
    assertThat(lintWith("*\n", "FROM scratch\nCOPY . .\n")).containsExactly(
        "Dockerfile:2:1: error CopyIgnoredFile Attempting to Copy file \".\" that is excluded by .dockerignore");
    assertThat(lintWith(".*\n", "FROM scratch\nCOPY . .\n")).isEmpty();
  }

  @Test
  void isQuietWhenTheIgnoreFileHasExceptions() throws IOException {
    assertThat(lintWith("**\n!Dockerfile\n", "FROM scratch\nCOPY ./Dockerfile .\nCOPY other .\n")).isEmpty();
  }

  @Test
  void isQuietOnWhatDoesNotComeFromTheContext() throws IOException {
    assertThat(lintWith("foobar\nREADME.md\n", """
        FROM scratch AS base
        COPY Dockerfile /foobar
        FROM base
        COPY --from=base /foobar /Dockerfile
        ADD https://example.com/foobar /foobar
        COPY <<README.md /README.md
        hello
        README.md
        """)).isEmpty();
  }

  @Test
  void isQuietOnFilesThatAreNotIgnored() throws IOException {
    assertThat(lintWith("*.md\n", "FROM scratch\nCOPY docs/guide.md src/ /app/\n")).isEmpty();
  }

  @Test
  void isQuietWithoutAContextOrAnIgnoreFile() {
    assertThat(lint(rule, "FROM scratch\nCOPY Dockerfile .\n")).isEmpty();
    assertThat(lint(rule, "FROM scratch\nCOPY Dockerfile .\n", LintOptions.defaults().withContext(context)))
        .isEmpty();
  }

  @Test
  void isQuietWhenTheIgnoreFileIsMalformed() throws IOException {
    assertThat(lintWith("[oops\nDockerfile\n", "FROM scratch\nCOPY Dockerfile .\n")).isEmpty();
  }
}
