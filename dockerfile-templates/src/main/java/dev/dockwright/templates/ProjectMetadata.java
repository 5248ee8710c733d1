package dev.dockwright.templates;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a project says about itself, written as OCI labels ({@code org.opencontainers.image.*}) on the final
 * stage. Every field may be null.
 *
 * <pre>{@code
 * new ProjectMetadata("shop", "1.2.0", "The shop API", "MIT", "https://github.com/acme/shop")
 * }</pre>
 */
public record ProjectMetadata(String title, String version, String description, String licenses, String source) {
  /**
   * No metadata.
   *
   * @return metadata with every field empty
   */
  public static ProjectMetadata empty() {
    return new ProjectMetadata(null, null, null, null, null);
  }

  /**
   * The OCI labels for the known fields, in a fixed order.
   *
   * @return label keys to values, without the empty fields
   */
  public Map<String, String> labels() {
    Map<String, String> labels = new LinkedHashMap<>();
    put(labels, "title", title);
    put(labels, "description", description);
    put(labels, "version", version);
    put(labels, "licenses", licenses);
    put(labels, "source", source);
    return labels;
  }

  private static void put(Map<String, String> labels, String key, String value) {
    if (value != null && !value.isBlank() && value.indexOf('\n') < 0) {
      labels.put("org.opencontainers.image." + key, value.strip());
    }
  }
}
