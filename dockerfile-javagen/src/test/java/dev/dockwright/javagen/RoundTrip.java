package dev.dockwright.javagen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dockwright.model.Dockerfile;
import dev.dockwright.render.DockerfileRenderer;
import dev.dockwright.render.RenderOptions;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Generates Java for models, compiles all of it in one javac run, runs each generated method and checks that
 * it gives back a model equal to its input, and the same canonical text.
 *
 * <pre>{@code
 * RoundTrip.check(Map.of("go", goModel));
 * }</pre>
 */
final class RoundTrip {
  static final String PACKAGE = "gen";
  private static final DockerfileRenderer CANONICAL =
      new DockerfileRenderer(RenderOptions.defaults().withPreserveSource(false));

  private RoundTrip() {}

  /** Checks every model; names must be valid Java identifiers once capitalized. */
  static void check(Map<String, Dockerfile> models) {
    Map<String, String> sources = new LinkedHashMap<>();
    Map<String, Dockerfile> byClass = new LinkedHashMap<>();
    for (Map.Entry<String, Dockerfile> e : models.entrySet()) {
      String className = Character.toUpperCase(e.getKey().charAt(0)) + e.getKey().substring(1);
      GeneratedJava java = new JavaGenerator(JavaGenerator.Options.of(PACKAGE, className))
          .generate(e.getValue());
      assertThat(java.unsupported()).as("unsupported elements of %s", e.getKey()).isEmpty();
      sources.put(java.qualifiedName(), java.source());
      byClass.put(java.qualifiedName(), e.getValue());
    }
    Map<String, Class<?>> classes = InMemoryCompiler.compile(sources);
    for (Map.Entry<String, Dockerfile> e : byClass.entrySet()) {
      Dockerfile input = e.getValue();
      Dockerfile output = run(classes.get(e.getKey()));
      assertThat(output).as("model built by %s:\n%s", e.getKey(), sources.get(e.getKey())).isEqualTo(input);
      assertThat(CANONICAL.render(output)).as("canonical text of %s", e.getKey()).isEqualTo(CANONICAL.render(input));
    }
  }

  static Dockerfile run(Class<?> generated) {
    try {
      Method method = generated.getMethod("dockerfile");
      return (Dockerfile) method.invoke(null);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError("cannot run " + generated.getName(), e);
    }
  }
}
