package dev.dockwright.javagen;

import java.util.Objects;

/**
 * A part of a Dockerfile model that the DSL cannot write exactly, so that no Java was generated for the
 * file: where it is, what it is, and why.
 *
 * <pre>{@code
 * for (UnsupportedElement u : generated.unsupported()) {
 *   System.err.println(u);   // line 38, stage 5: FROM release: DockerfileBuilder.build() refuses ...
 * }
 * }</pre>
 *
 * @param location where the element is: its line when the model was parsed, the stage and element index
 * @param element the element as the renderer writes it (its first line)
 * @param reason which DSL method falls short, and how
 */
public record UnsupportedElement(String location, String element, String reason) {
  /**
   * Checks the parts.
   *
   * @param location where the element is: its line when the model was parsed, the stage and element index
   * @param element the element as the renderer writes it (its first line)
   * @param reason which DSL method falls short, and how
   * @throws NullPointerException if a part is null
   */
  public UnsupportedElement {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return location + ": " + element + ": " + reason;
  }
}
