package dev.dockwright.lint;

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

/** docs/rules holds exactly the pages generated from the rules' metadata. */
class RuleDocsTest {
  private static final Path DOCS = Path.of(System.getProperty("dockwright.root", "..")).resolve("docs/rules");

  @Test
  void committedPagesAreCurrent() throws IOException {
    Map<String, String> expected = RuleDocs.pages(Linter.create().rules());
    for (Map.Entry<String, String> page : expected.entrySet()) {
      Path file = DOCS.resolve(page.getKey());
      assertThat(file).as("%s is missing: run RuleDocs.main", file).exists();
      assertThat(Files.readString(file, StandardCharsets.UTF_8))
          .as("%s is stale: run RuleDocs.main", file)
          .isEqualTo(page.getValue());
    }
    try (Stream<Path> files = Files.list(DOCS)) {
      Set<String> present = files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
      assertThat(present).as("pages of rules that no longer exist").isEqualTo(expected.keySet());
    }
  }
}
