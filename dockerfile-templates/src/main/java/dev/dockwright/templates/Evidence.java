package dev.dockwright.templates;

import java.util.Objects;

/**
 * One thing detection learned and the file that told it, for people to read: the command line prints these
 * on stderr.
 *
 * <pre>{@code
 * new Evidence("pnpm-lock.yaml", "package manager pnpm")
 * }</pre>
 */
public record Evidence(String file, String finding) {
  /**
   * Checks the parts.
   *
   * @param file the file, relative to the project, such as {@code package.json}
   * @param finding what it told, such as {@code package manager pnpm}
   * @throws NullPointerException if the file or the finding is null
   */
  public Evidence {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(finding, "finding");
  }

  @Override
  public String toString() {
    return file + ": " + finding;
  }
}
