package dev.dockwright.templates;

import java.util.List;

/**
 * What detection found in a project directory: the language, the package manager, the versions, how the app
 * starts and builds, and the evidence (which file told what). One record per language.
 *
 * <pre>{@code
 * DetectedProject project = ProjectDetector.detect(Path.of("."));
 * System.err.print(project.summary());
 * if (project instanceof NodeProject node) { ... }
 * }</pre>
 */
public sealed interface DetectedProject permits NodeProject, PythonProject, GoProject {
  /**
   * The language.
   *
   * @return the language of the project
   */
  Language language();

  /**
   * The package manager.
   *
   * @return the package manager its lock file or manifest names
   */
  PackageManager packageManager();

  /**
   * The version of the language the image will have, such as {@code 22.12.0}.
   *
   * @return a full version, from the project files or the template's default
   */
  String languageVersion();

  /**
   * Name, version and so on, for the OCI labels.
   *
   * @return the metadata found; empty fields are left out of the labels
   */
  ProjectMetadata metadata();

  /**
   * What was found, file by file, in the order it was found.
   *
   * @return the evidence, one entry per file that decided something
   */
  List<Evidence> evidence();

  /**
   * A few lines for people: language, package manager, version, then the evidence.
   *
   * @return the summary, each line ending with a line break
   */
  default String summary() {
    StringBuilder sb = new StringBuilder();
    sb.append("detected: ").append(language().text()).append(", ").append(packageManager().text())
        .append(", ").append(language().text()).append(' ').append(languageVersion()).append('\n');
    for (Evidence e : evidence()) {
      sb.append("  ").append(e).append('\n');
    }
    return sb.toString();
  }
}
