package dev.dockwright.dsl;

import java.util.function.Consumer;

/** Renders small Dockerfiles for the instruction tests. */
final class Rendered {
  private Rendered() {}

  /** The file {@code FROM alpine:3.20} followed by what {@code body} adds to that stage. */
  static String stage(Consumer<StageBuilder> body) {
    DockerfileBuilder file = DockerfileBuilder.create();
    body.accept(file.from("alpine:3.20"));
    return file.render();
  }
}
