package dev.dockwright.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.dockwright.render.DockerfileRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * Any text either parses or fails with the documented exception, never another one, never a hang; lenient
 * parsing of any text renders back byte for byte.
 */
class ParserPropertiesTest {
  private static final List<String> PIECES = List.of(
      "FROM ", "RUN ", "COPY ", "ADD ", "ENV ", "ARG ", "LABEL ", "CMD ", "ENTRYPOINT ", "HEALTHCHECK ",
      "ONBUILD ", "SHELL ", "USER ", "WORKDIR ", "VOLUME ", "EXPOSE ", "STOPSIGNAL ", "MAINTAINER ", "from ",
      "--mount=type=cache,target=/x ", "--from=a ", "--chmod=755 ", "--link ", "AS ", "as ", "alpine:3.20 ",
      "\\\n", "\\ \n", "`\n", "\n", "\r\n", "\r", " ", "\t", "#", "# escape=`\n", "# syntax=docker/dockerfile:1\n",
      "<<EOF", "<<-EOF", "<<'EOF'", "\nEOF\n", "[", "]", "\"", "'", ",", "=", "$", "${", "}", "$A", "{", "\\",
      "a", "b", "/", "-", "\uFEFF", "é", "✓", "&&", "|", ";", "0", "80/tcp ");

  @Provide
  Arbitrary<String> dockerfileLikeText() {
    return Arbitraries.of(PIECES).list().ofMaxSize(60).map(l -> String.join("", l));
  }

  @Property(tries = 3000)
  void anyTextParsesOrFailsCleanly(@ForAll("dockerfileLikeText") String text) {
    ParseResult strict = DockerfileParser.strict().read(text, "Dockerfile");
    assertThat(strict.dockerfile().isPresent() || !strict.problems().isEmpty()).isTrue();
    if (strict.dockerfile().isPresent()) {
      assertThat(DockerfileRenderer.defaults().render(strict.dockerfile().get())).isEqualTo(text);
    }
  }

  @Property(tries = 3000)
  void lenientParsingOfAnyTextRendersBackExactly(@ForAll("dockerfileLikeText") String text) {
    ParseResult lenient = DockerfileParser.lenient().read(text, "Dockerfile");
    if (lenient.dockerfile().isPresent()) {
      assertThat(DockerfileRenderer.defaults().render(lenient.dockerfile().get())).isEqualTo(text);
    }
  }

  @Property(tries = 2000)
  void arbitraryUnicodeNeverThrows(@ForAll String text) {
    DockerfileParser.strict().read(text, "Dockerfile");
    DockerfileParser.lenient().read(text, "Dockerfile");
  }

  @Provide
  Arbitrary<String> mutatedCorpusFile() {
    Optional<List<Path>> files = corpusFiles();
    if (files.isEmpty()) {
      return dockerfileLikeText();
    }
    Arbitrary<String> file = Arbitraries.of(files.get()).map(ParserPropertiesTest::read);
    return Combinators.combine(file, Arbitraries.integers().between(0, 1_000_000),
            Arbitraries.integers().between(0, 40), Arbitraries.of(PIECES))
        .as((text, at, cut, piece) -> {
          int start = text.isEmpty() ? 0 : at % text.length();
          int end = Math.min(text.length(), start + cut);
          return text.substring(0, start) + piece + text.substring(end);
        });
  }

  @Property(tries = 2000)
  void mutatedCorpusFilesParseOrFailCleanly(@ForAll("mutatedCorpusFile") String text) {
    ParseResult lenient = DockerfileParser.lenient().read(text, "Dockerfile");
    if (lenient.dockerfile().isPresent()) {
      assertThat(DockerfileRenderer.defaults().render(lenient.dockerfile().get())).isEqualTo(text);
    }
    DockerfileParser.strict().read(text, "Dockerfile");
  }

  /** Inputs that make naive parsers quadratic: a megabyte each, parsed within a generous bound. */
  @Test
  void pathologicalInputsOfAMegabyteDoNotHang() {
    int n = 1 << 20;
    List<String> inputs = List.of(
        "FROM a\nRUN " + "\\\n".repeat(n / 2),
        "FROM a\nENV a=\"" + "\\\"".repeat(n / 2),
        "FROM a\nRUN " + "[\"".repeat(n / 2),
        "FROM a\nCOPY " + "<<EOF ".repeat(n / 6) + "/x\n",
        "FROM a\nLABEL " + "${".repeat(n / 2),
        "FROM a\n" + "#\n".repeat(n / 2),
        "FROM a\nRUN --mount=" + "type=cache,".repeat(n / 11) + " true\n",
        "FROM a\nEXPOSE " + "8".repeat(n));
    for (String input : inputs) {
      assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
        DockerfileParser.strict().read(input, "Dockerfile");
        DockerfileParser.lenient().read(input, "Dockerfile");
      });
    }
  }

  @Test
  void invalidInputsAreRefusedOrReadWithoutCrashing() throws IOException {
    Path invalid = CorpusFiles.root().resolve("invalid");
    for (Path file : CorpusFiles.list(invalid)) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      ParseResult result = DockerfileParser.strict().read(text, file.getFileName().toString());
      assertThat(result.dockerfile().isPresent() || !result.problems().isEmpty()).isTrue();
    }
  }

  private static Optional<List<Path>> corpusFiles() {
    Path dir = Path.of(System.getProperty("dockwright.corpus", "../../shared/corpus"), "real");
    return Files.isDirectory(dir) ? Optional.of(CorpusFiles.list(dir)) : Optional.empty();
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
