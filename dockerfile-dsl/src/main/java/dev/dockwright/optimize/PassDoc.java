package dev.dockwright.optimize;

import java.util.Map;
import java.util.Objects;

/**
 * The documentation of a pass: what it changes and what it keeps, an example input, and the build-context
 * files the example needs. The page's "after" is computed by running the pass on the example, so the page
 * cannot drift from the code.
 *
 * <pre>{@code
 * new PassDoc("Joins consecutive RUNs ...", "FROM debian:12.8\nRUN a\nRUN b\n", Map.of())
 * }</pre>
 *
 * @param details what the pass changes, when it leaves things alone, and what it preserves (Markdown)
 * @param before an example Dockerfile the pass changes
 * @param contextFiles file name to content, written into a build context for the example
 */
public record PassDoc(String details, String before, Map<String, String> contextFiles) {
  public PassDoc {
    Objects.requireNonNull(details, "details");
    Objects.requireNonNull(before, "before");
    contextFiles = Map.copyOf(contextFiles);
  }
}
