package dev.dockwright.javagen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.model.Dockerfile;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The generated code, compiled and run, gives back a model equal to its input. */
class RoundTripTest {

  @Test
  void handMadeModels() {
    RoundTrip.check(Models.all());
  }

  @Test
  void goldenModels() {
    Map<String, Dockerfile> goldens = new LinkedHashMap<>();
    goldens.put("goMultiStage", GoldenModels.goMultiStage());
    goldens.put("nodeWithSecrets", GoldenModels.nodeWithSecrets());
    goldens.put("pythonVenv", GoldenModels.pythonVenv());
    goldens.put("heredocs", GoldenModels.heredocs());
    RoundTrip.check(goldens);
  }

  /**
   * 300 random models: every one the generator writes comes back equal; the others are refused, only for
   * stages without instructions that no later stage names (drawn now and then on purpose).
   */
  @Test
  void randomModels() {
    Map<String, Dockerfile> supported = new LinkedHashMap<>();
    int unsupported = 0;
    for (int seed = 0; seed < 300; seed++) {
      Dockerfile model = new RandomModels(seed).dockerfile();
      GeneratedJava java = new JavaGenerator(JavaGenerator.Options.of("gen", "R")).generate(model);
      if (java.isComplete()) {
        supported.put("random" + seed, model);
      } else {
        unsupported++;
        assertThat(java.unsupported()).allSatisfy(u -> assertThat(u.reason())
            .startsWith("DockerfileBuilder.build() refuses a stage without instructions unless"));
      }
    }
    assertThat(supported.size()).as("models the generator writes, of 300 (%s refused)", unsupported)
        .isGreaterThan(230);
    RoundTrip.check(supported);
  }
}
