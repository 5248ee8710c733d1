package dev.dockwright.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Docker's .dockerignore semantics, one rule a test; DockerIgnoreOracleTest checks thousands more cases. */
class DockerIgnoreTest {

  static DockerIgnore ignore(String text) {
    return DockerIgnore.parse(text);
  }

  @Test
  void theJavadocExample() {
    DockerIgnore ignore = ignore("""
        # build output
        **/node_modules
        *.md
        !README.md
        /dist/
        """);
    assertThat(ignore.excludes("web/node_modules/x/index.js")).isTrue();
    assertThat(ignore.excludes("node_modules/x")).isTrue();
    assertThat(ignore.excludes("CHANGELOG.md")).isTrue();
    assertThat(ignore.excludes("README.md")).isFalse();
    assertThat(ignore.excludes("docs/guide.md")).isFalse();
    assertThat(ignore.excludes("dist/app.js")).isTrue();
    assertThat(ignore.patterns()).containsExactly("**/node_modules", "*.md", "!README.md", "dist");
  }

  @Test
  void doubleStarCrossesDirectoriesIncludingNone() {
    assertThat(ignore("**/*.go").excludes("a.go")).isTrue();
    assertThat(ignore("**/*.go").excludes("a/b/c.go")).isTrue();
    assertThat(ignore("dir/**").excludes("dir")).isFalse();
    assertThat(ignore("dir/**").excludes("dir/a/b")).isTrue();
    assertThat(ignore("a/**/b").excludes("a/b")).isTrue();
    assertThat(ignore("a/**/b").excludes("a/x/y/b")).isTrue();
    assertThat(ignore("**").excludes("anything/at/all")).isTrue();
  }

  @Test
  void singleStarAndQuestionMarkStayInOneDirectory() {
    assertThat(ignore("*.md").excludes("docs/a.md")).isFalse();
    assertThat(ignore("*/*.md").excludes("docs/a.md")).isTrue();
    assertThat(ignore("temp?").excludes("temp1")).isTrue();
    assertThat(ignore("temp?").excludes("temp12")).isFalse();
    assertThat(ignore("a?b").excludes("a/b")).isFalse();
  }

  @Test
  void exceptionsApplyInOrderAndTheLastMatchWins() {
    assertThat(ignore("*.go\n!main.go").excludes("main.go")).isFalse();
    assertThat(ignore("!main.go\n*.go").excludes("main.go")).isTrue();
    assertThat(ignore("*.md\n!README.md\n*.md").excludes("README.md")).isTrue();
    assertThat(ignore("docs\n!docs/README.md").excludes("docs/README.md")).isFalse();
    assertThat(ignore("docs\n!docs/README.md").excludes("docs/other.md")).isTrue();
  }

  @Test
  void aDirectoryPatternTakesWhatIsInsideAlong() {
    assertThat(ignore("node_modules").excludes("node_modules/a/b.js")).isTrue();
    assertThat(ignore("node_modules/").excludes("node_modules/a/b.js")).isTrue();
    assertThat(ignore("node_modules").excludes("web/node_modules/a.js")).isFalse();
    // a pattern that matched a parent counts for what is inside it, even after an exception
    assertThat(ignore("*\n!keep\nkeep/secret").excludes("keep/a")).isFalse();
    assertThat(ignore("*\n!keep\nkeep/secret").excludes("keep/secret")).isTrue();
  }

  @Test
  void leadingSlashesDotsAndBlanksAreCleanedAway() {
    assertThat(ignore("/node_modules").excludes("node_modules/x")).isTrue();
    assertThat(ignore("./build/../dist//").excludes("dist/a")).isTrue();
    assertThat(ignore("  \t*.log  ").excludes("a.log")).isTrue();
    assertThat(ignore("!  ./docs").patterns()).containsExactly("!docs");
  }

  @Test
  void commentsOnlyInTheFirstColumn() {
    assertThat(ignore("# *.md\n").excludes("a.md")).isFalse();
    assertThat(ignore(" # not a comment").excludes("# not a comment")).isTrue();
    assertThat(ignore("\uFEFF*.md\r\n!README.md\r\n").patterns()).containsExactly("*.md", "!README.md");
  }

  @Test
  void bracketsAndEscapes() {
    assertThat(ignore("a[b-d]e").excludes("ace")).isTrue();
    assertThat(ignore("a[^b-d]e").excludes("ace")).isFalse();
    assertThat(ignore("a\\*b").excludes("a*b")).isTrue();
    assertThat(ignore("a\\*b").excludes("axb")).isFalse();
    assertThat(ignore("abc.def").excludes("abcxdef")).isFalse();
  }

  @Test
  void dockersQuirksAreKept() {
    // brackets reach a Go regular expression: [*] is a class of [, ^ and / repeated, then a ]
    assertThat(ignore("[*]").excludes("]")).isTrue();
    assertThat(ignore("[*]").excludes("*")).isFalse();
    // and \d is a digit
    assertThat(ignore("\\d").excludes("1")).isTrue();
  }

  @Test
  void theRootIsNeverExcluded() {
    assertThat(ignore("**").excludes(".")).isFalse();
    assertThat(ignore("**").excludes("/")).isFalse();
  }

  @Test
  void invalidFilesAreRefusedWithTheLine() {
    assertThatThrownBy(() -> ignore("*.md\n!\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line 2: illegal exclusion pattern: \"!\"");
    assertThatThrownBy(() -> ignore("ok\n\n[abc\n"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line 3: invalid pattern \"[abc\": syntax error in pattern");
    assertThatThrownBy(() -> DockerIgnore.of(List.of("a\\")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid pattern \"a\\\\\": syntax error in pattern");
  }

  @Test
  void aPatternGoCannotCompileFailsOnlyWhenItIsTried() {
    // filepath.Match stops at the first failing chunk, so "a*[^" passes the file check; its regular expression
    // does not compile, which Docker finds the first time a path is tried against it.
    DockerIgnore ignore = ignore("a*[^");
    assertThatThrownBy(() -> ignore.excludes("b"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line 1: invalid pattern \"a*[^\": missing closing ]");
    // an exception is not tried while nothing is excluded
    assertThat(ignore("!x*[^").excludes("y")).isFalse();
  }

  @Test
  void aPatternThatCleansToAnExclamationMarkIsAnException() {
    assertThat(ignore("*\n/!keep").patterns()).containsExactly("*", "!keep");
    assertThat(ignore("*\n/!keep").excludes("keep")).isFalse();
    assertThatThrownBy(() -> ignore("/!"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("line 1: illegal exclusion pattern: \"!\"");
  }

  @Test
  void noneIgnoresNothing() {
    assertThat(DockerIgnore.none().isEmpty()).isTrue();
    assertThat(DockerIgnore.none().excludes("anything")).isFalse();
    assertThat(ignore("# only a comment\n\n")).isEqualTo(DockerIgnore.none());
    assertThat(ignore("a\n!b").hasExceptions()).isTrue();
    assertThat(ignore("a\n!b").toString()).isEqualTo("a\n!b");
  }
}
