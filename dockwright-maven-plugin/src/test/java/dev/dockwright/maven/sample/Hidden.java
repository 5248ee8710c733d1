package dev.dockwright.maven.sample;

import dev.dockwright.dsl.DockerfileBuilder;
import dev.dockwright.model.Dockerfile;

/** Its method is public, the class is not: the plugin, in another package, cannot call it. */
final class Hidden {
  private Hidden() {}

  public static Dockerfile dockerfile() {
    return DockerfileBuilder.create().build();
  }
}
