package dev.dockwright.templates;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The single entry point: detect the project in a directory and write its Dockerfile and .dockerignore.
 *
 * <pre>{@code
 * GeneratedDockerfile generated = Templates.forProject(Path.of("shop"),
 *     TemplateOptions.builder().port(3000).runTests(true).build());
 * String dockerfile = generated.render();
 * }</pre>
 */
public final class Templates {
  private Templates() {}

  /**
   * Detects the project in {@code directory} and writes its Dockerfile.
   *
   * @throws ProjectNotRecognizedException when the directory holds no Node, Python or Go project
   * @throws IllegalArgumentException when the project or the options cannot make a Dockerfile (the message says why)
   * @param directory the project directory to detect
   * @param options the template options
   * @return the Dockerfile, its .dockerignore and the detected project
   */
  public static GeneratedDockerfile forProject(Path directory, TemplateOptions options) {
    return forProject(ProjectDetector.detect(directory, options), options);
  }

  /**
   * Writes the Dockerfile of a project that is already detected (or made by hand).
   *
   * @param project the project, as detected or built by hand
   * @param options the template options
   * @return the Dockerfile, its .dockerignore and the project
   */
  public static GeneratedDockerfile forProject(DetectedProject project, TemplateOptions options) {
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(options, "options");
    if (project instanceof NodeProject node) {
      NodeTemplate t = NodeTemplate.of(node, options);
      return new GeneratedDockerfile(project, t.dockerfile(), t.dockerignore());
    }
    if (project instanceof PythonProject python) {
      PythonTemplate t = PythonTemplate.of(python, options);
      return new GeneratedDockerfile(project, t.dockerfile(), t.dockerignore());
    }
    GoTemplate t = GoTemplate.of((GoProject) project, options);
    return new GeneratedDockerfile(project, t.dockerfile(), t.dockerignore());
  }
}
