package dev.dockwright.benchmarks;

import dev.dockwright.model.Dockerfile;
import dev.dockwright.parser.DockerfileParser;
import dev.dockwright.parser.ParseResult;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.openrewrite.InMemoryExecutionContext;
import org.openrewrite.SourceFile;
import org.openrewrite.docker.DockerParser;

/**
 * Parses the whole shared corpus once per operation: Dockwright (both levels, typed model with source spans)
 * against OpenRewrite's rewrite-docker, in the same JVM.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ParseCorpusBenchmark {
  List<String> texts;

  @Setup
  public void load() {
    texts = Corpus.texts();
  }

  /** Dockwright: every file into the typed model with source spans (lenient, so nothing is refused). */
  @Benchmark
  public void dockwright(Blackhole bh) {
    DockerfileParser parser = DockerfileParser.lenient();
    for (String text : texts) {
      ParseResult result = parser.read(text, "Dockerfile");
      Dockerfile file = result.dockerfileOrNull();
      bh.consume(file);
    }
  }

  /** OpenRewrite's rewrite-docker: every file into its lossless tree. */
  @Benchmark
  public void rewriteDocker(Blackhole bh) {
    DockerParser parser = new DockerParser();
    InMemoryExecutionContext ctx = new InMemoryExecutionContext(e -> {});
    for (String text : texts) {
      List<SourceFile> parsed = parser.parse(ctx, text).toList();
      bh.consume(parsed);
    }
  }
}
