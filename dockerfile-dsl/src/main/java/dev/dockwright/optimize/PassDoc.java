package dev.dockwright.optimize;

import java.util.Map;
import java.util.Objects;

/**
 * The documentation of a pass: what it changes and what it keeps, an example input, and the build-context
 * files the example needs. The page's "after" is computed by running the pass on the example, so the page
 * cannot drift from the code.
 *
 * <pre>{@code
 * new PassDoc("Joins consecutive RUNs with `&&`.", "FROM debian:12.8\nRUN a\nRUN b\n", Map.of())
 * }</pre>
 *
 * @param details what the pass changes, when it leaves things alone, and what it preserves (Markdown)
 * @param before an example Dockerfile the pass changes
 * @param contextFiles file name (relative to the context directory, such as {@code package.json}) to content,
 *     written into a temporary build context for the example; empty when the example needs none
 */
public record PassDoc(String details, String before, Map<String, String> contextFiles) {
  /**
   * Checks and copies the values.
   *
   * @param details what the pass changes and preserves (Markdown)
   * @param before an example Dockerfile the pass changes
   * @param contextFiles file name to content for the example's build context
   * @throws NullPointerException if any of them is null (the map's keys and values included)
   */
  public PassDoc {
    Objects.requireNonNull(details, "details");
    Objects.requireNonNull(before, "before");
    contextFiles = Map.copyOf(contextFiles);
  }
}
