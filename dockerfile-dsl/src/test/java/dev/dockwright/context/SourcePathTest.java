package dev.dockwright.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourcePathTest {

  @Test
  void theJavadocExamples() {
    assertThat(SourcePath.of("src").covers("src/lib/a.js")).isTrue();
    assertThat(SourcePath.of("package*.json").covers("package.json")).isTrue();
    assertThat(SourcePath.of("*.json").covers("config/app.json")).isFalse();
    assertThat(SourcePath.of("/app.js").covers("app.js")).isTrue();
    assertThat(SourcePath.of("src/*").covers("src/lib/a.js")).isTrue();
    assertThat(SourcePath.of(".").withExcludes(List.of("*.md")).covers("README.md")).isFalse();
  }

  @Test
  void sourcesAreRelativeToTheContextRoot() {
    assertThat(SourcePath.of("./src/").path()).isEqualTo("src");
    assertThat(SourcePath.of("/src/../lib").path()).isEqualTo("lib");
    assertThat(SourcePath.of("../..").path()).isEqualTo(".");
    assertThat(SourcePath.of(".").covers("any/file")).isTrue();
    assertThat(SourcePath.of("src").covers("srcfile")).isFalse();
    assertThat(SourcePath.of("src").covers("src")).isTrue();
  }

  @Test
  void globsMatchFilesOrTheirDirectories() {
    assertThat(SourcePath.of("*").covers("a/b/c")).isTrue();
    assertThat(SourcePath.of("s?c").covers("src/a")).isTrue();
    assertThat(SourcePath.of("[a-c]*.txt").covers("b1.txt")).isTrue();
    assertThat(SourcePath.of("[a-c]*.txt").covers("d1.txt")).isFalse();
    assertThat(SourcePath.of("*.txt").isGlob()).isTrue();
    assertThat(SourcePath.of("a.txt").isGlob()).isFalse();
  }

  @Test
  void excludesApplyRelativeToTheSourceDirectory() {
    SourcePath docs = SourcePath.of("docs").withExcludes(List.of("*.md", "!keep.md"));
    assertThat(docs.covers("docs/guide.md")).isFalse();
    assertThat(docs.covers("docs/keep.md")).isTrue();
    assertThat(docs.covers("docs/img/a.png")).isTrue();
    assertThat(docs.covers("docs/sub/guide.md")).isTrue();
  }

  @Test
  void aMalformedGlobIsRefused() {
    assertThatThrownBy(() -> SourcePath.of("src/[a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("syntax error in pattern");
  }
}
