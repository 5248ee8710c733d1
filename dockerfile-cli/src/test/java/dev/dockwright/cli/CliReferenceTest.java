package dev.dockwright.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/cli.md is exactly what the commands' definitions say. */
class CliReferenceTest {
  @Test
  void committedReferenceIsCurrent() throws IOException {
    Path page = Path.of(System.getProperty("dockwright.root", "..")).resolve("docs/cli.md");
    assertThat(Files.readString(page, StandardCharsets.UTF_8))
        .as("docs/cli.md is stale: run CliReference.main")
        .isEqualTo(CliReference.markdown());
  }
}
