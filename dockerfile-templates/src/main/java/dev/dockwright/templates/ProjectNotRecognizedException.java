package dev.dockwright.templates;

import java.nio.file.Path;
import java.util.List;

/**
 * Detection found no project it knows in a directory. The message lists what was looked for; so do
 * {@link #lookedFor()} and {@link #directory()}, as data.
 *
 * <pre>{@code
 * try { ProjectDetector.detect(dir); }
 * catch (ProjectNotRecognizedException e) { System.err.println(e.getMessage()); }
 * }</pre>
 */
public final class ProjectNotRecognizedException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The files whose presence would have told the language. */
  public static final List<String> LOOKED_FOR = List.of(
      "package.json (Node)",
      "pyproject.toml, requirements*.txt, Pipfile, Pipfile.lock, poetry.lock or uv.lock (Python)",
      "go.mod (Go)");

  private final transient Path directory;

  ProjectNotRecognizedException(Path directory) {
    super("no Node, Python or Go project in " + directory + ": looked for " + String.join("; ", LOOKED_FOR));
    this.directory = directory;
  }

  /**
   * The directory that was inspected.
   *
   * @return the directory
   */
  public Path directory() {
    return directory;
  }

  /**
   * What detection looked for.
   *
   * @return the files and signs looked for, in the order they were tried
   */
  public List<String> lookedFor() {
    return LOOKED_FOR;
  }
}
