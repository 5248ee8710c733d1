package dev.dockwright.javagen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dockwright.dsl.DockerfileBuilder;
import dev.dockwright.model.Dockerfile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Options, the shape of the generated class, and writing it out. */
class JavaGeneratorTest {
  private static final Dockerfile SMALL = small();

  private static Dockerfile small() {
    DockerfileBuilder file = DockerfileBuilder.create();
    file.from("alpine:3.20").run("echo hi");
    return file.build();
  }

  @Test
  void optionsAreChecked() {
    assertThatThrownBy(() -> JavaGenerator.Options.of("com.acme.", "A"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("not a valid package name: com.acme.");
    assertThatThrownBy(() -> JavaGenerator.Options.of("com.acme", "class"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("not a valid class name: class");
    assertThatThrownBy(() -> JavaGenerator.Options.of("com.acme", "A").withMethodName("2x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("not a valid method name: 2x");
    assertThatThrownBy(() -> JavaGenerator.Options.of("com.acme", "A").withMethodName("main"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("not a valid method name: main");
  }

  @Test
  void methodNameAndNoMainInTheUnnamedPackage() {
    GeneratedJava java = new JavaGenerator(new JavaGenerator.Options("", "Image", "image", false)).generate(SMALL);
    assertThat(java.qualifiedName()).isEqualTo("Image");
    assertThat(java.source()).isEqualTo("""
        import dev.dockwright.dsl.DockerfileBuilder;
        import dev.dockwright.dsl.StageBuilder;
        import dev.dockwright.model.Dockerfile;

        /**
         * Writes the Dockerfile with the Dockwright DSL.
         */
        public final class Image {
          private Image() {
          }

          /**
           * The Dockerfile.
           */
          public static Dockerfile image() {
            DockerfileBuilder file = DockerfileBuilder.create();

            StageBuilder stage0 = file.from("alpine:3.20")
                .run("echo hi");
            return file.build();
          }
        }
        """);
  }

  @Test
  void mainPrintsTheRenderedDockerfile() throws Exception {
    GeneratedJava java = new JavaGenerator(JavaGenerator.Options.of("gen", "Main")).generate(SMALL);
    Class<?> generated = InMemoryCompiler.compile(Map.of(java.qualifiedName(), java.source())).get("gen.Main");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = System.out;
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      generated.getMethod("main", String[].class).invoke(null, (Object) new String[0]);
    } finally {
      System.setOut(out);
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("FROM alpine:3.20\nRUN echo hi\n");
  }

  @Test
  void writesIntoThePackageFolder(@TempDir Path root) throws IOException {
    GeneratedJava java = new JavaGenerator(JavaGenerator.Options.of("com.acme.docker", "Shop")).generate(SMALL);
    Path written = java.writeTo(root);
    assertThat(written).isEqualTo(root.resolve("com/acme/docker/Shop.java"));
    assertThat(Files.readString(written)).isEqualTo(java.source());
  }

  @Test
  void stageVariablesAreNamedAfterTheStages() {
    assertThat(StageVariables.camelCase("build")).isEqualTo("build");
    assertThat(StageVariables.camelCase("build-env")).isEqualTo("buildEnv");
    assertThat(StageVariables.camelCase("BUILD")).isEqualTo("build");
    assertThat(StageVariables.camelCase("Builder")).isEqualTo("builder");
    assertThat(StageVariables.camelCase("base_image.v2")).isEqualTo("baseImageV2");
    assertThat(StageVariables.camelCase("go-CGO")).isEqualTo("goCgo");
  }
}
