package dev.dockwright.parser.syntax;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the shared test corpus (system property {@code dockwright.corpus}, set by Surefire) and skips the calling
 * test when it is absent, as in a fresh clone.
 *
 * <pre>{@code
 * Path cases = Corpus.dir("buildkit-parser");   // skips the test when the corpus is missing
 * }</pre>
 */
final class Corpus {

    private Corpus() {
    }

    /** A sub-folder of the corpus; aborts (skips) the current test when it does not exist. */
    static Path dir(String sub) {
        String root = System.getProperty("dockwright.corpus", "../../shared/corpus");
        Path dir = Path.of(root).resolve(sub);
        assumeTrue(Files.isDirectory(dir), "shared corpus not found at " + dir.toAbsolutePath() + ": skipping");
        return dir;
    }

    /** The sorted entries of a folder. */
    static List<Path> list(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file's text, decoded like {@link SyntaxParser#parse(Path)} does. */
    static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
