package dev.dockwright.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.openjdk.jmh.results.Result;
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
 * java -Ddockwright.corpus=../shared/corpus -Ddockwright.forks=3 -jar benchmarks/target/benchmarks.jar
 * }</pre>
 *
 * <p>Options (system properties): {@code dockwright.forks} (default 1), {@code dockwright.warmups} and
 * {@code dockwright.iterations} (3-second iterations, default 20 and 10).
 *
 * <p>Before timing, it parses every file once with both parsers and prints their failures (Dockwright must
 * have none). Two speeds are printed for each parser: MB/s in wall-clock time (JMH's score, with its 99.9%
 * error) and MB per CPU-second of the benchmark JVM (all its threads, GC included; see
 * {@link CpuTimeProfiler}). On a machine shared with other work the first mostly measures the load, the
 * second what the parser costs; the load average before and after is printed with them.
 */
public final class ParseSpeedReport {
  private ParseSpeedReport() {}

  public static void main(String[] args) throws RunnerException, IOException {
    if (args.length > 0) {
      org.openjdk.jmh.Main.main(args);
      return;
    }
    List<Corpus.File> files = Corpus.files();
    List<String> texts = files.stream().map(Corpus.File::text).toList();
    long bytes = Corpus.bytes(texts);
    long real = Corpus.realCount(files);
    System.out.printf(Locale.ROOT, "Corpus: %d files (%d real, %d BuildKit parser cases), %d bytes%n",
        files.size(), real, files.size() - real, bytes);
    System.out.print(Census.of(files).report());
    String loadBefore = loadAverage();
    Options options = new OptionsBuilder()
        .include(ParseCorpusBenchmark.class.getName())
        .forks(Integer.getInteger("dockwright.forks", 1))
        // The JIT needs a long warm-up on a small shared machine: with 5 x 2 s, scores still doubled during
        // measurement, and after 10 x 3 s rewrite-docker (ANTLR) still gained ~50% while measured. 20 x 3 s
        // reaches a plateau for both parsers.
        .warmupIterations(Integer.getInteger("dockwright.warmups", 20))
        .warmupTime(TimeValue.seconds(3))
        .measurementIterations(Integer.getInteger("dockwright.iterations", 10))
        .measurementTime(TimeValue.seconds(3))
        .addProfiler(CpuTimeProfiler.class)
        .jvmArgsAppend("-Ddockwright.corpus=" + Corpus.root().toAbsolutePath())
        .build();
    Collection<RunResult> results = new Runner(options).run();
    String loadAfter = loadAverage();
    double[] wall = new double[2];
    double[] cpu = new double[2];
    System.out.printf(Locale.ROOT, "%nCorpus: %d files, %d bytes; %d CPUs; load average before %s, after %s%n",
        files.size(), bytes, Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter);
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark();
      int which = name.endsWith("dockwright") ? 0 : 1;
      Result<?> score = r.getPrimaryResult();
      wall[which] = score.getScore() * bytes / 1e6;
      double wallError = score.getScoreError() * bytes / 1e6;
      Result<?> cpuTime = r.getSecondaryResults().get(CpuTimeProfiler.LABEL);
      String cpuText = "";
      if (cpuTime != null) {
        cpu[which] = bytes / (cpuTime.getScore() / 1e9) / 1e6;
        double relativeError = Double.isNaN(cpuTime.getScoreError()) ? 0 : cpuTime.getScoreError() / cpuTime.getScore();
        cpuText = String.format(Locale.ROOT, "   %8.1f MB per CPU-second (± %.1f; %.2f ms CPU per corpus pass)",
            cpu[which], cpu[which] * relativeError, cpuTime.getScore() / 1e6);
      }
      System.out.printf(Locale.ROOT, "%-16s %8.1f MB/s wall (± %.1f)%s%n",
          name.substring(name.lastIndexOf('.') + 1), wall[which], wallError, cpuText);
    }
    System.out.printf(Locale.ROOT, "ratio dockwright / rewrite-docker: %.1f wall", wall[0] / wall[1]);
    if (cpu[0] > 0 && cpu[1] > 0) {
      System.out.printf(Locale.ROOT, ", %.1f CPU time", cpu[0] / cpu[1]);
    }
    System.out.println();
  }

  private static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }
}
