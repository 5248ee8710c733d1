package dev.dockwright.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerfileFinderTest {
  @Test
  void namesThatAreDockerfiles() {
    assertThat(DockerfileFinder.isDockerfileName("Dockerfile")).isTrue();
    assertThat(DockerfileFinder.isDockerfileName("app.Dockerfile")).isTrue();
    assertThat(DockerfileFinder.isDockerfileName("Dockerfile.dev")).isTrue();
    assertThat(DockerfileFinder.isDockerfileName("Dockerfile.dockerignore")).isFalse();
    assertThat(DockerfileFinder.isDockerfileName("app.Dockerfile.dockerignore")).isFalse();
    assertThat(DockerfileFinder.isDockerfileName("dockerfile")).isFalse();
    assertThat(DockerfileFinder.isDockerfileName("Dockerfiles")).isFalse();
  }

  @Test
  void findsTheProjectsOwnFilesInOrder(@TempDir Path dir) throws IOException {
    for (String file : new String[] {"Dockerfile", "docker/api.Dockerfile", "docker/Dockerfile.dev",
        "Dockerfile.dockerignore", "target/docker/Dockerfile", "node_modules/x/Dockerfile", ".git/Dockerfile",
        "web/build/Dockerfile", "README.md"}) {
      Path p = dir.resolve(file);
      Files.createDirectories(p.getParent());
      Files.writeString(p, "FROM scratch\n");
    }
    assertThat(DockerfileFinder.find(dir).stream().map(p -> DockerfileFinder.displayName(dir, p)))
        .containsExactly("Dockerfile", "docker/Dockerfile.dev", "docker/api.Dockerfile");
  }
}
