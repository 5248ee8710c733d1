/**
 * JSON output: a small writer ({@link dev.dockwright.json.JsonWriter}) and the model as JSON
 * ({@link dev.dockwright.json.DockerfileJson}), the stable interchange format of {@code dockwright parse
 * --output json}.
 */
package dev.dockwright.json;
