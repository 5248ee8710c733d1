package dev.dockwright.templates;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Inspects a project directory and says what it holds: the language, the package manager (from lock files
 * and manifests), the language version, how the app starts and builds, and which file told what.
 * Node is looked for first (package.json), then Python, then Go (go.mod).
 *
 * <pre>{@code
 * DetectedProject project = ProjectDetector.detect(Path.of("shop"));
 * System.err.print(project.summary());
 * // detected: node, pnpm, node 22.12.0
 * //   package.json: packageManager "pnpm@9.15.0"
 * //   ...
 * }</pre>
 */
public final class ProjectDetector {
  private ProjectDetector() {}

  /**
   * The project in the directory, with default options.
   *
   * @param directory the project directory
   * @return the detected project
   */
  public static DetectedProject detect(Path directory) {
    return detect(directory, TemplateOptions.defaults());
  }

  /**
   * The project in the directory. The options choose a monorepo package ({@code workspace}), a Go main package
   * ({@code mainPackage}) and the port a Python ASGI/WSGI server binds.
   *
   * @throws ProjectNotRecognizedException when there is no Node, Python or Go project in the directory
   * @throws IllegalArgumentException when there is one that cannot be built as it is (the message says why)
   * @param directory the project directory
   * @param options the options that change what is detected (language version, workspace, main package)
   * @return the detected project
   */
  public static DetectedProject detect(Path directory, TemplateOptions options) {
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(options, "options");
    if (!Files.isDirectory(directory)) {
      throw new IllegalArgumentException("not a directory: " + directory);
    }
    ProjectDirectory dir = new ProjectDirectory(directory);
    if (dir.isFile("package.json")) {
      return NodeDetection.detect(dir, options);
    }
    if (PythonDetection.isPython(dir)) {
      return PythonDetection.detect(dir, options);
    }
    if (dir.isFile("go.mod")) {
      return GoDetection.detect(dir, options);
    }
    throw new ProjectNotRecognizedException(directory);
  }

}
