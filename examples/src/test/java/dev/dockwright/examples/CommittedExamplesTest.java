package dev.dockwright.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The committed Dockerfiles under examples/dockerfiles are exactly what the examples produce today. */
class CommittedExamplesTest {

  static Stream<String> examples() {
    return WriteExamples.all().keySet().stream();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void committedFileIsCurrent(String name) throws IOException {
    Path committed = Path.of("dockerfiles", name);
    assertThat(Files.readString(committed, StandardCharsets.UTF_8))
        .as("%s is stale: run WriteExamples (see examples/README.md)", committed)
        .isEqualTo(WriteExamples.render(name));
  }
}
