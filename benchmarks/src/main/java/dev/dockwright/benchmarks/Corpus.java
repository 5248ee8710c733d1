package dev.dockwright.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The shared corpus in memory: the real files and BuildKit's parser cases. */
final class Corpus {
  private Corpus() {}

  static Path root() {
    Path dir = Path.of(System.getProperty("dockwright.corpus", "../shared/corpus"));
    if (!Files.isDirectory(dir.resolve("real"))) {
      throw new IllegalStateException("shared corpus not found at " + dir.toAbsolutePath().normalize()
          + ": pass -Ddockwright.corpus=DIR");
    }
    return dir;
  }

  /** Every Dockerfile: 159 real files and the BuildKit cases' Dockerfiles, in a stable order. */
  static List<String> texts() {
    try (Stream<Path> real = Files.list(root().resolve("real"));
        Stream<Path> cases = Files.walk(root().resolve("buildkit-parser"))) {
      List<Path> files = Stream.concat(
              real.filter(Files::isRegularFile),
              cases.filter(p -> p.getFileName().toString().equals("Dockerfile")
                  && !p.toString().contains("negative")))
          .sorted()
          .toList();
      return files.stream().map(Corpus::read).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static long bytes(List<String> texts) {
    return texts.stream().mapToLong(t -> t.getBytes(StandardCharsets.UTF_8).length).sum();
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
