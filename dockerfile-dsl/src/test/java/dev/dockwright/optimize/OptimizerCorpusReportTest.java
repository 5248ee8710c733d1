package dev.dockwright.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.dockwright.cache.CacheAnalysis;
import dev.dockwright.model.BuilderTarget;
import dev.dockwright.model.Dockerfile;
import dev.dockwright.model.Stage;
import dev.dockwright.parser.DockerfileParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The optimizer on every real-world corpus file: files changed per pass, instructions before and after, and
 * how many steps a source-only edit re-runs before and after (by the cache analysis). docs/optimizer-corpus.md
 * holds the table of this run; regenerate it with -Ddockwright.writeDocs=true.
 */
class OptimizerCorpusReportTest {
  private static final Path ROOT = Path.of(System.getProperty("dockwright.root", ".."));
  // A file that every broad COPY (COPY . .) copies and no manifest COPY does: a source-only edit.
  private static final String SOURCE_EDIT = "src/dockwright-source-edit.txt";

  @Test
  void corpusTableIsCurrent() throws IOException {
    Path dir = Path.of(System.getProperty("dockwright.corpus", "../../shared/corpus"), "real");
    assumeTrue(Files.isDirectory(dir), "shared corpus not found at " + dir + ": skipping");
    Map<String, Set<String>> filesPerPass = new LinkedHashMap<>();
    Map<String, Integer> changesPerPass = new LinkedHashMap<>();
    for (Pass p : Optimizer.allPasses()) {
      filesPerPass.put(p.id(), new HashSet<>());
      changesPerPass.put(p.id(), 0);
    }
    int files = 0;
    int changedFiles = 0;
    long before = 0;
    long after = 0;
    long rerunBefore = 0;
    long rerunAfter = 0;
    int fewerReruns = 0;
    try (Stream<Path> list = Files.list(dir)) {
      for (Path file : list.sorted().toList()) {
        files++;
        String name = file.getFileName().toString();
        Dockerfile input = DockerfileParser.strict().parse(Files.readString(file, StandardCharsets.UTF_8), name);
        Optimizer.Result result = Optimizer.defaults().optimize(input, OptimizeContext.of(BuilderTarget.BUILDKIT));
        for (Change c : result.changes()) {
          filesPerPass.get(c.pass()).add(name);
          changesPerPass.merge(c.pass(), 1, Integer::sum);
        }
        if (!result.changes().isEmpty()) {
          changedFiles++;
        }
        before += instructions(input);
        after += instructions(result.file());
        int r0 = CacheAnalysis.of(input).withChangedPaths(List.of(SOURCE_EDIT)).analyze().rerun();
        int r1 = CacheAnalysis.of(result.file()).withChangedPaths(List.of(SOURCE_EDIT)).analyze().rerun();
        rerunBefore += r0;
        rerunAfter += r1;
        if (r1 < r0) {
          fewerReruns++;
        }
        assertThat(r1).as("%s re-runs more steps after optimizing", name).isLessThanOrEqualTo(r0);
      }
    }
    StringBuilder page = new StringBuilder("# The optimizer on the shared corpus\n\n");
    page.append("`OptimizerCorpusReportTest` optimizes the ").append(files)
        .append(" real-world Dockerfiles of `../shared/corpus/real/` (all passes, BuildKit target, no build\n")
        .append("context, so `copy-order` can only move RUNs that read nothing of the context) and checks that this\n")
        .append("page is current.\n\n");
    page.append("| pass | files changed | changes |\n|---|---:|---:|\n");
    for (Pass p : Optimizer.allPasses()) {
      page.append("| ").append(p.id()).append(" | ").append(filesPerPass.get(p.id()).size()).append(" | ")
          .append(changesPerPass.get(p.id())).append(" |\n");
    }
    page.append("\n| | before | after |\n|---|---:|---:|\n");
    page.append("| files changed | | ").append(changedFiles).append(" of ").append(files).append(" |\n");
    page.append("| instructions, all files | ").append(before).append(" | ").append(after).append(" |\n");
    page.append("| steps a source-only edit re-runs, all files | ").append(rerunBefore).append(" | ")
        .append(rerunAfter).append(" |\n");
    page.append("| files where a source-only edit re-runs fewer steps | | ").append(fewerReruns).append(" |\n\n");
    page.append("A source-only edit is a change to `").append(SOURCE_EDIT)
        .append("`: a file every broad `COPY . <dir>` copies and no\nmanifest COPY does; the re-run counts come from ")
        .append("the cache analysis (`dockwright cache --changed`).\n");
    Path doc = ROOT.resolve("docs/optimizer-corpus.md");
    if (Boolean.getBoolean("dockwright.writeDocs")) {
      Files.writeString(doc, page.toString(), StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(doc, StandardCharsets.UTF_8))
        .as("docs/optimizer-corpus.md is stale: run this test with -Ddockwright.writeDocs=true")
        .isEqualTo(page.toString());
  }

  private static int instructions(Dockerfile file) {
    int n = (int) file.header().stream().filter(e -> e instanceof dev.dockwright.model.Instruction).count();
    for (Stage s : file.stages()) {
      n += 1 + s.instructions().size();
    }
    return n;
  }
}
