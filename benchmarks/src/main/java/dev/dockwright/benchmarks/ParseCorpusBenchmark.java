package dev.dockwright.benchmarks;

import dev.dockwright.parser.DockerfileParser;
import dev.dockwright.parser.ParseResult;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
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
 * against OpenRewrite's rewrite-docker. Every result goes to the blackhole whole, so nothing a parser computes
 * can be optimised away; {@link Census} has checked beforehand that Dockwright fails on no file and counted
 * rewrite-docker's failures.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ParseCorpusBenchmark {
  List<String> texts;

  @Setup(Level.Trial)
  public void load() {
    List<Corpus.File> files = Corpus.files();
    Census.of(files).requireNoDockwrightFailure();
    texts = files.stream().map(Corpus.File::text).toList();
  }

  /** Dockwright: every file into the typed model with source spans (lenient, so nothing is refused). */
  @Benchmark
  public void dockwright(Blackhole bh) {
    DockerfileParser parser = DockerfileParser.lenient();
    for (String text : texts) {
      ParseResult result = parser.read(text, "Dockerfile");
      bh.consume(result);
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
