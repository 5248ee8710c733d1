package dev.dockwright.benchmarks;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link ParseCorpusBenchmark} and prints MB/s of each parser and their ratio. Arguments pass through to
 * JMH when given (then JMH's own output is all there is).
 *
 * <pre>{@code
 * java -Ddockwright.corpus=../shared/corpus -jar benchmarks/target/benchmarks.jar
 * }</pre>
 */
public final class ParseSpeedReport {
  private ParseSpeedReport() {}

  public static void main(String[] args) throws RunnerException, java.io.IOException {
    if (args.length > 0) {
      org.openjdk.jmh.Main.main(args);
      return;
    }
    List<String> texts = Corpus.texts();
    long bytes = Corpus.bytes(texts);
    Options options = new OptionsBuilder()
        .include(ParseCorpusBenchmark.class.getName())
        .forks(1)
        .warmupIterations(5)
        .warmupTime(TimeValue.seconds(2))
        .measurementIterations(5)
        .measurementTime(TimeValue.seconds(3))
        .jvmArgsAppend("-Ddockwright.corpus=" + Corpus.root().toAbsolutePath())
        .build();
    Collection<RunResult> results = new Runner(options).run();
    double dockwright = 0;
    double peer = 0;
    System.out.printf(Locale.ROOT, "%nCorpus: %d files, %d bytes%n", texts.size(), bytes);
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark();
      double opsPerSecond = r.getPrimaryResult().getScore();
      double error = r.getPrimaryResult().getScoreError();
      double mbPerSecond = opsPerSecond * bytes / 1e6;
      System.out.printf(Locale.ROOT, "%-16s %8.1f MB/s  (± %.1f)%n",
          name.substring(name.lastIndexOf('.') + 1), mbPerSecond, error * bytes / 1e6);
      if (name.endsWith("dockwright")) {
        dockwright = mbPerSecond;
      } else {
        peer = mbPerSecond;
      }
    }
    System.out.printf(Locale.ROOT, "ratio dockwright / rewrite-docker: %.1f%n", dockwright / peer);
  }
}
