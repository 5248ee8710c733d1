package dev.dockwright.templates;

import dev.dockwright.dsl.StageBuilder;
import dev.dockwright.model.KeyValue;
import dev.dockwright.model.LabelInstruction;
import dev.dockwright.model.Value;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes the OCI image labels of a final stage: the project's metadata, the base image, the caller's labels. */
final class OciLabels {
  private OciLabels() {}

  static void write(StageBuilder stage, ProjectMetadata metadata, String baseImage, TemplateOptions options) {
    Map<String, String> labels = new LinkedHashMap<>(metadata.labels());
    if (!baseImage.equals("scratch")) {
      labels.put("org.opencontainers.image.base.name", baseImage);
    }
    labels.putAll(options.labels());
    // One LABEL per line: readable, and labels add no file system layers.
    labels.forEach((k, v) -> stage.instruction(new LabelInstruction(List.of(new KeyValue(k, Value.literal(v))))));
  }
}
