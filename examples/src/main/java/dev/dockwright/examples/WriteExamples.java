package dev.dockwright.examples;

import dev.dockwright.model.Dockerfile;
import dev.dockwright.render.DockerfileRenderer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Writes every example's Dockerfile into {@code examples/dockerfiles/}, where they are committed.
 *
 * <pre>{@code
 * mvn -q -pl examples exec:java   # or run WriteExamples.main with the examples folder as argument
 * }</pre>
 */
public final class WriteExamples {
  private WriteExamples() {}

  /** Each example by the name of its committed file. */
  public static Map<String, Supplier<Dockerfile>> all() {
    Map<String, Supplier<Dockerfile>> all = new LinkedHashMap<>();
    all.put("node-service.Dockerfile", NodeService::dockerfile);
    all.put("python-service.Dockerfile", PythonService::dockerfile);
    all.put("go-service.Dockerfile", GoService::dockerfile);
    return all;
  }

  /** Renders one example. */
  public static String render(String name) {
    return DockerfileRenderer.defaults().render(all().get(name).get());
  }

  /** Writes the files into the folder given as argument (default {@code examples/dockerfiles}). */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "examples/dockerfiles");
    Files.createDirectories(dir);
    for (String name : all().keySet()) {
      Files.writeString(dir.resolve(name), render(name), StandardCharsets.UTF_8);
      System.out.println("wrote " + dir.resolve(name));
    }
  }
}
