package com.example;

import dev.dockwright.dsl.DockerfileBuilder;
import dev.dockwright.dsl.StageBuilder;
import dev.dockwright.model.Dockerfile;

/** The project's image, written with the DSL: the plugin renders it into the Dockerfile. */
public final class Images {
  private Images() {}

  public static Dockerfile dockerfile() {
    DockerfileBuilder file = DockerfileBuilder.create();
    StageBuilder build = file.stage("build", "maven:3.9.9-eclipse-temurin-21")
        .workdir("/src")
        .copy("pom.xml", "./")
        .copy("src/", "./src/")
        .run("mvn -B -q package");
    file.stage("runtime", "eclipse-temurin:21.0.5_11-jre")
        .copyFrom(build, "/src/target/app.jar", "/app/app.jar")
        .user(10001)
        .entrypoint("java", "-jar", "/app/app.jar");
    return file.build();
  }
}
