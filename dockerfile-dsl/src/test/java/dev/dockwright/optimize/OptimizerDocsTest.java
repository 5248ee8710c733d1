package dev.dockwright.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** docs/optimizer holds exactly the generated pages, and every example changes something. */
class OptimizerDocsTest {
  private static final Path DOCS = Path.of(System.getProperty("dockwright.root", "..")).resolve("docs/optimizer");

  @Test
  void committedPagesAreCurrent() throws IOException {
    Map<String, String> expected = OptimizerDocs.pages(Optimizer.allPasses());
    for (Map.Entry<String, String> page : expected.entrySet()) {
      Path file = DOCS.resolve(page.getKey());
      assertThat(file).as("%s is missing: run OptimizerDocs.main", file).exists();
      assertThat(Files.readString(file, StandardCharsets.UTF_8)).as("%s is stale", file).isEqualTo(page.getValue());
    }
    try (Stream<Path> files = Files.list(DOCS)) {
      Set<String> present = files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
      assertThat(present).isEqualTo(expected.keySet());
    }
  }

  @Test
  void everyExampleShowsAChange() {
    for (Pass pass : Optimizer.allPasses()) {
      assertThat(OptimizerDocs.page(pass)).as(pass.id()).containsPattern("## Changes reported\n\n```\n\\d+:\\d+: " + pass.id());
    }
  }
}
