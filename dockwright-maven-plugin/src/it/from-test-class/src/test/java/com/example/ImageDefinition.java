package com.example;

import dev.dockwright.dsl.DockerfileBuilder;
import dev.dockwright.model.Dockerfile;

/** The image, kept with the tests so that the library stays off the application's class path. */
public final class ImageDefinition {
  private ImageDefinition() {}

  public static Dockerfile image() {
    DockerfileBuilder file = DockerfileBuilder.create();
    file.stage("runtime", "eclipse-temurin:21.0.5_11-jre")
        .copy("target/classes/", "/app/")
        .user(10001)
        .cmd("java", "-cp", "/app", "com.example.App");
    return file.build();
  }
}
