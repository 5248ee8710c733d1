package dev.dockwright.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dockwright.parser.DockerfileParseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Lints every real-world corpus file: no exception, and docs/lint-corpus.md holds the per-rule counts of
 * this run (regenerate it with -Ddockwright.writeDocs=true when rules change).
 */
class LintCorpusReportTest {
  private static final Path ROOT = Path.of(System.getProperty("dockwright.root", ".."));

  @Test
  void corpusLintsWithoutCrashesAndTheCountsAreDocumented() throws IOException {
    Path dir = Path.of(System.getProperty("dockwright.corpus", "../../shared/corpus"), "real");
    assumeTrue(Files.isDirectory(dir), "shared corpus not found at " + dir + ": skipping");
    Linter linter = Linter.create();
    Map<String, Integer> perRule = new TreeMap<>();
    Map<String, Integer> filesPerRule = new TreeMap<>();
    for (Rule rule : linter.rules()) {
      perRule.put(rule.info().id(), 0);
      filesPerRule.put(rule.info().id(), 0);
    }
    List<String> unparsed = new ArrayList<>();
    int files = 0;
    int findings = 0;
    try (Stream<Path> list = Files.list(dir)) {
      for (Path file : list.sorted().toList()) {
        files++;
        List<Finding> found;
        try {
          found = linter.lint(Files.readString(file, StandardCharsets.UTF_8), file.getFileName().toString(),
              LintOptions.defaults());
        } catch (DockerfileParseException e) {
          unparsed.add(file.getFileName().toString());
          continue;
        }
        findings += found.size();
        found.stream().map(Finding::ruleId).forEach(id -> perRule.merge(id, 1, Integer::sum));
        found.stream().map(Finding::ruleId).distinct().forEach(id -> filesPerRule.merge(id, 1, Integer::sum));
      }
    }
    assertThat(unparsed).isEmpty();
    StringBuilder page = new StringBuilder("# Lint findings on the shared corpus\n\n");
    page.append("`LintCorpusReportTest` lints the ").append(files)
        .append(" real-world Dockerfiles of `../shared/corpus/real/` with every rule and default options,\n")
        .append("and checks that this table is current. ").append(findings).append(" findings in all.\n\n");
    page.append("| rule | also | severity | findings | files |\n|---|---|---|---:|---:|\n");
    for (Rule rule : linter.rules()) {
      RuleInfo info = rule.info();
      page.append("| ").append(info.id()).append(" | ").append(String.join(", ", info.aliases())).append(" | ")
          .append(info.severity().text()).append(" | ").append(perRule.get(info.id())).append(" | ")
          .append(filesPerRule.get(info.id())).append(" |\n");
    }
    Path doc = ROOT.resolve("docs/lint-corpus.md");
    if (Boolean.getBoolean("dockwright.writeDocs")) {
      Files.writeString(doc, page.toString(), StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(doc, StandardCharsets.UTF_8))
        .as("docs/lint-corpus.md is stale: run this test with -Ddockwright.writeDocs=true")
        .isEqualTo(page.toString());
  }
}
