package dev.dockwright.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DockerIgnore reads and matches as moby's ignorefile and patternmatcher (MatchesOrParentMatches) do. */
class DockerIgnoreTest {

  @Test
  void readsLinesAsDockerDoes() {
    DockerIgnore ignore = DockerIgnore.parse("""
        \uFEFF# comment
          # not a comment: only column one starts one
        /abs/path
        ./dot/../cleaned/
          spaced  \r
        ! exception
        !/rooted

        """);
    assertThat(ignore.patterns())
        .containsExactly("# not a comment: only column one starts one", "abs/path", "cleaned", "spaced",
            "!exception", "!rooted");
    assertThat(ignore.hasExceptions()).isTrue();
  }

  @Test
  void refusesMalformedPatternsAsDockerDoes() {
    assertThatThrownBy(() -> DockerIgnore.parse("!\n")).hasMessage("illegal exclusion pattern: \"!\"");
    assertThatThrownBy(() -> DockerIgnore.parse("[a\n"))
        .hasMessage("not a valid .dockerignore pattern: \"[a\" (unterminated or empty character class)");
    assertThatThrownBy(() -> DockerIgnore.parse("a\\\n"))
        .hasMessage("not a valid .dockerignore pattern: \"a\\\" (trailing backslash)");
    assertThatThrownBy(() -> DockerIgnore.parse("[]a]\n")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DockerIgnore.parse("[a-]\n")).isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest(name = "{0} excludes {1}: {2}")
  @CsvSource(delimiter = '|', value = {
      // exact names, and everything under a matching directory
      "Dockerfile | Dockerfile | true",
      "Dockerfile | docs/Dockerfile | false",
      "node_modules | node_modules/react/index.js | true",
      "node_modules/ | node_modules/react/index.js | true",
      "/node_modules | node_modules | true",
      "a/b | a/b/c/d | true",
      "a/b | a/bc | false",
      // * and ? stay inside one path element
      "*.md | README.md | true",
      "*.md | docs/README.md | false",
      "*/*.md | docs/README.md | true",
      "*/tmp/* | a/tmp/x | true",
      "*/tmp/* | tmp/x | false",
      "?.txt | a.txt | true",
      "?.txt | ab.txt | false",
      "?.txt | /.txt | false",
      // ** crosses elements, also none
      "**/*.md | README.md | true",
      "**/*.md | a/b/README.md | true",
      "**/node_modules | node_modules | true",
      "**/node_modules | web/node_modules/x | true",
      "a/**/b | a/b | true",
      "a/**/b | a/x/y/b | true",
      "a/** | a/x/y | true",
      "a/** | ab | false",
      "** | anything/at/all | true",
      // moby's suffix match: **foo is any path that ends with foo
      "**foo | barfoo | true",
      // classes and escapes as filepath.Match has them
      "file[0-9].txt | file7.txt | true",
      "file[0-9].txt | filex.txt | false",
      "file[^0-9].txt | filex.txt | true",
      "file[[].txt | file[.txt | true",
      "\\*.txt | *.txt | true",
      "\\*.txt | a.txt | false",
      // regular expression characters are literal
      "a.b | axb | false",
      "(x)+{y}$ | (x)+{y}$ | true",
      "a^b | a^b | true",
      // paths are cleaned; a leading / names the context root
      "secrets | ./secrets/../secrets/key | true",
      "secrets | /secrets/key | true",
  })
  void matchesLikeDocker(String pattern, String path, boolean excluded) {
    assertThat(DockerIgnore.of(List.of(pattern)).isExcluded(path)).isEqualTo(excluded);
  }

  @Test
  void theLastMatchingPatternDecides() {
    DockerIgnore ignore = DockerIgnore.parse("*.md\n!README*.md\nREADME-secret.md\n");
    assertThat(ignore.isExcluded("CHANGELOG.md")).isTrue();
    assertThat(ignore.isExcluded("README.md")).isFalse();
    assertThat(ignore.isExcluded("README-secret.md")).isTrue();
  }

  @Test
  void anExceptionCanReincludeAFileOfAnExcludedDirectory() {
    DockerIgnore ignore = DockerIgnore.parse("**\n!Dockerfile\n!src/**\n");
    assertThat(ignore.isExcluded("Dockerfile")).isFalse();
    assertThat(ignore.isExcluded("src/main.go")).isFalse();
    assertThat(ignore.isExcluded("secrets/key")).isTrue();
  }

  @Test
  void anExceptionForAParentDirectoryReincludesItsFiles() {
    DockerIgnore ignore = DockerIgnore.parse("docs\n!docs\n");
    assertThat(ignore.isExcluded("docs/index.md")).isFalse();
  }

  @Test
  void emptyWhenThereIsNoPattern() {
    assertThat(DockerIgnore.parse("# only a comment\n\n").isEmpty()).isTrue();
    assertThat(DockerIgnore.parse("").isExcluded("anything")).isFalse();
  }

  @Test
  void readsTheFileOfAContextDirectory(@TempDir Path dir) throws IOException {
    assertThat(DockerIgnore.read(dir)).isEmpty();
    Files.writeString(dir.resolve(".dockerignore"), ".git\n*.log\n");
    assertThat(DockerIgnore.read(dir)).hasValueSatisfying(i -> {
      assertThat(i.patterns()).containsExactly(".git", "*.log");
      assertThat(i.isExcluded(".git/HEAD")).isTrue();
      assertThat(i).hasToString("DockerIgnore[.git, *.log]");
    });
  }
}
