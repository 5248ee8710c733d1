package dev.dockwright.parser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The shared corpus beside the checkout; tests that need it skip with a message when it is absent. */
final class CorpusFiles {
  private CorpusFiles() {}

  static Path root() {
    Path dir = Path.of(System.getProperty("dockwright.corpus", "../../shared/corpus"));
    assumeTrue(Files.isDirectory(dir.resolve("real")),
        "shared corpus not found at " + dir.toAbsolutePath().normalize() + ": skipping corpus tests");
    return dir;
  }

  /** The 159 real-world Dockerfiles. */
  static List<Path> real() {
    return list(root().resolve("real"));
  }

  /** The BuildKit parser cases that have an expected result. */
  static List<Path> buildkitCases() {
    try (Stream<Path> s = Files.list(root().resolve("buildkit-parser"))) {
      return s.filter(p -> Files.isRegularFile(p.resolve("result"))).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<Path> list(Path dir) {
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
