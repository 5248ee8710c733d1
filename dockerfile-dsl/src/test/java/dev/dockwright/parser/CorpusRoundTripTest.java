package dev.dockwright.parser;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.model.Dockerfile;
import dev.dockwright.render.DockerfileRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Parsing then rendering an unmodified file gives back the input, byte for byte, on every corpus file. */
class CorpusRoundTripTest {

  @Test
  void everyRealFileParsesStrictlyAndRoundTrips() throws IOException {
    List<String> failures = new ArrayList<>();
    List<Path> files = CorpusFiles.real();
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      ParseResult result = DockerfileParser.strict().read(text, file.getFileName().toString());
      if (result.dockerfile().isEmpty()) {
        failures.add(String.join("\n", result.problems().stream().map(Problem::toString).toList()));
        continue;
      }
      String rendered = DockerfileRenderer.defaults().render(result.dockerfile().get());
      if (!rendered.equals(text)) {
        failures.add(file.getFileName() + ": rendering differs from the input");
      }
    }
    assertThat(failures).as("%d files", files.size()).isEmpty();
    assertThat(files).hasSize(159);
  }

  @Test
  void everyBuildKitCaseRoundTripsLeniently() throws IOException {
    List<String> failures = new ArrayList<>();
    for (Path dir : CorpusFiles.buildkitCases()) {
      String text = Files.readString(dir.resolve("Dockerfile"), StandardCharsets.UTF_8);
      Dockerfile file = DockerfileParser.lenient().read(text, dir.getFileName() + "/Dockerfile").orThrow();
      if (!DockerfileRenderer.defaults().render(file).equals(text)) {
        failures.add(dir.getFileName().toString());
      }
    }
    assertThat(failures).isEmpty();
  }
}
