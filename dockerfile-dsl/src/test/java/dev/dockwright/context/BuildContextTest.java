package dev.dockwright.context;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildContextTest {

  static void write(Path root, String path, String text) throws IOException {
    Path p = root.resolve(path);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  @Test
  void listsTheFilesTheBuilderReceives(@TempDir Path dir) throws IOException {
    write(dir, "Dockerfile", "FROM scratch\n");
    write(dir, ".dockerignore", "node_modules\n*.md\n!README.md\n");
    write(dir, "README.md", "r");
    write(dir, "NOTES.md", "n");
    write(dir, "src/app.js", "a");
    write(dir, "src/lib/util.js", "u");
    write(dir, "node_modules/x/index.js", "x");
    BuildContext context = BuildContext.of(dir);
    assertThat(context.files())
        .containsExactly(".dockerignore", "Dockerfile", "README.md", "src/app.js", "src/lib/util.js");
    assertThat(context.includes("node_modules/x/index.js")).isFalse();
    assertThat(context.filesUnder("src")).containsExactly("src/app.js", "src/lib/util.js");
    assertThat(context.filesUnder("src/app.js")).containsExactly("src/app.js");
    assertThat(context.filesUnder("NOTES.md")).isEmpty();
    assertThat(context.filesUnder("missing")).isEmpty();
    assertThat(context.isDirectory("src/lib")).isTrue();
    assertThat(context.ignoreFile()).contains(dir.resolve(".dockerignore"));
  }

  @Test
  void anIgnoreFileNamedAfterTheDockerfileWins(@TempDir Path dir) throws IOException {
    write(dir, ".dockerignore", "a.txt\n");
    write(dir, "build/app.Dockerfile", "FROM scratch\n");
    write(dir, "build/app.Dockerfile.dockerignore", "b.txt\n");
    BuildContext context = BuildContext.of(dir, dir.resolve("build/app.Dockerfile"));
    assertThat(context.ignoreFile()).contains(dir.resolve("build/app.Dockerfile.dockerignore"));
    assertThat(context.includes("a.txt")).isTrue();
    assertThat(context.includes("b.txt")).isFalse();
    assertThat(BuildContext.of(dir, dir.resolve("Dockerfile")).includes("a.txt")).isFalse();
  }

  @Test
  void withoutAnIgnoreFileEverythingIsIn(@TempDir Path dir) throws IOException {
    write(dir, "a/b.txt", "b");
    BuildContext context = BuildContext.of(dir);
    assertThat(context.ignore().isEmpty()).isTrue();
    assertThat(context.ignoreFile()).isEmpty();
    assertThat(context.files()).containsExactly("a/b.txt");
  }

  @Test
  void refusesAnInvalidIgnoreFileOrAMissingDirectory(@TempDir Path dir) throws IOException {
    write(dir, ".dockerignore", "!\n");
    assertThatThrownBy(() -> BuildContext.of(dir))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(dir.resolve(".dockerignore") + ": line 1: illegal exclusion pattern: \"!\"");
    assertThatThrownBy(() -> BuildContext.of(dir.resolve("nope")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a directory: " + dir.resolve("nope"));
  }
}
