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
   * 300 random models, stages without instructions among them now and then (written with alias() unless a
   * later stage names them): the generator writes every one, and each comes back equal.
   */
  @Test
  void randomModels() {
    Map<String, Dockerfile> models = new LinkedHashMap<>();
    for (int seed = 0; seed < 300; seed++) {
      Dockerfile model = new RandomModels(seed).dockerfile();
      GeneratedJava java = new JavaGenerator(JavaGenerator.Options.of("gen", "R")).generate(model);
      assertThat(java.unsupported()).as("random model %s", seed).isEmpty();
      models.put("random" + seed, model);
    }
    RoundTrip.check(models);
  }
}
