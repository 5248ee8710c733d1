package dev.dockwright.javagen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.model.Dockerfile;
import dev.dockwright.parser.DockerfileParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/javagen.md shows, for its example Dockerfile, exactly the Java that the generator writes. */
class JavaDocsTest {
  @Test
  void theExampleIsWhatTheGeneratorWrites() throws IOException {
    String page = Files.readString(
        Path.of(System.getProperty("dockwright.root", "..")).resolve("docs/javagen.md"), StandardCharsets.UTF_8);
    String dockerfile = block(page, "```dockerfile\n", 0);
    String java = block(page, "```java\n", page.indexOf("```dockerfile\n"));
    Dockerfile parsed = DockerfileParser.strict().parse(dockerfile, "Dockerfile");
    // dockwright to-java Dockerfile --package com.example.docker --class NodeApp
    GeneratedJava generated = new JavaGenerator(
        new JavaGenerator.Options("com.example.docker", "NodeApp", "dockerfile", false)).generate(parsed);
    assertThat(java).as("the example in docs/javagen.md").isEqualTo(generated.source());
  }

  // The text of the first fenced block that opens with the fence, after the given index.
  private static String block(String page, String fence, int from) {
    int start = page.indexOf(fence, from);
    assertThat(start).as("a block opening with %s", fence.trim()).isNotNegative();
    start += fence.length();
    return page.substring(start, page.indexOf("```\n", start));
  }
}
