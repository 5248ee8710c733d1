package dev.dockwright.templates;

import java.util.Objects;

/**
 * One package of a Node monorepo: its name (as filters take it) and its directory from the root.
 *
 * <pre>{@code
 * new NodeWorkspace("@acme/api", "packages/api")
 * }</pre>
 */
public record NodeWorkspace(String name, String directory) {
  /**
   * Checks the parts.
   *
   * @param name the package name, such as {@code @acme/api}
   * @param directory its directory in the repository, such as {@code packages/api}
   * @throws NullPointerException if the name or the directory is null
   */
  public NodeWorkspace {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(directory, "directory");
    if (directory.startsWith("/") || directory.contains("..") || directory.endsWith("/")) {
      throw new IllegalArgumentException("not a workspace directory: \"" + directory + "\"");
    }
  }
}
