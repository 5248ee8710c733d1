package dev.dockwright.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The shared corpus in memory: the real files ({@code real/}) and the Dockerfiles of BuildKit's parser cases
 * ({@code buildkit-parser/<case>/Dockerfile} where the case has its expected {@code result}). The negative
 * cases (which must fail) and {@code extra/} inputs are not cases and are left out.
 */
final class Corpus {
  private Corpus() {}

  /** One file: its name relative to the corpus root and its text. */
  record File(String name, String text) {}

  static Path root() {
    Path dir = Path.of(System.getProperty("dockwright.corpus", "../shared/corpus"));
    if (!Files.isDirectory(dir.resolve("real"))) {
      throw new IllegalStateException("shared corpus not found at " + dir.toAbsolutePath().normalize()
          + ": pass -Ddockwright.corpus=DIR");
    }
    return dir;
  }

  /** Every file, real ones first, each group in name order. */
  static List<File> files() {
    Path root = root();
    List<Path> paths = new ArrayList<>();
    try (Stream<Path> real = Files.list(root.resolve("real"));
        Stream<Path> cases = Files.list(root.resolve("buildkit-parser"))) {
      real.filter(Files::isRegularFile).sorted().forEach(paths::add);
      cases.filter(dir -> Files.isRegularFile(dir.resolve("result")) && Files.isRegularFile(dir.resolve("Dockerfile")))
          .sorted()
          .forEach(dir -> paths.add(dir.resolve("Dockerfile")));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<File> files = new ArrayList<>();
    for (Path p : paths) {
      files.add(new File(root.relativize(p).toString(), read(p)));
    }
    return files;
  }

  /** The texts of {@link #files()}. */
  static List<String> texts() {
    return files().stream().map(File::text).toList();
  }

  /** How many of the files are real ones (the rest are BuildKit cases). */
  static long realCount(List<File> files) {
    return files.stream().filter(f -> f.name().startsWith("real")).count();
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
