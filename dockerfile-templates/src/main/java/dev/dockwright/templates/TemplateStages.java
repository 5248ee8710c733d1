package dev.dockwright.templates;

import dev.dockwright.dsl.StageBuilder;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The stages a template wrote into a {@link dev.dockwright.dsl.DockerfileBuilder}, by name, so that a caller
 * can go on with the DSL before building the file: add to the runtime stage, copy from a build stage.
 *
 * <pre>{@code
 * DockerfileBuilder file = DockerfileBuilder.create();
 * TemplateStages stages = NodeTemplate.of(project, options).writeTo(file);
 * stages.runtime().env("TZ", "Europe/Berlin");
 * Dockerfile dockerfile = file.build();
 * }</pre>
 */
public final class TemplateStages {
  private final Map<String, StageBuilder> stages;

  TemplateStages(Map<String, StageBuilder> stages) {
    this.stages = new LinkedHashMap<>(stages);
  }

  /**
   * The final stage, {@code runtime}.
   *
   * @return the runtime stage
   */
  public StageBuilder runtime() {
    return stage("runtime");
  }

  /**
   * A stage by name.
   *
   * @throws IllegalArgumentException when the template wrote no such stage; the message lists those it wrote
   * @param name the stage name
   * @return the stage
   */
  public StageBuilder stage(String name) {
    Objects.requireNonNull(name, "name");
    StageBuilder stage = stages.get(name);
    if (stage == null) {
      throw new IllegalArgumentException("no stage \"" + name + "\": the template wrote " + stages.keySet());
    }
    return stage;
  }

  /**
   * The names of the stages, in order.
   *
   * @return the stage names
   */
  public java.util.Set<String> names() {
    return java.util.Collections.unmodifiableSet(stages.keySet());
  }
}
