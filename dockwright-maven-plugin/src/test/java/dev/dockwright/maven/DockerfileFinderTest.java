package dev.dockwright.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

  @Test
  void includesAndExcludesAreGlobsRelativeToTheProject(@TempDir Path dir) throws IOException {
    for (String file : new String[] {"Dockerfile", "images/api.df", "images/old/web.df", "legacy/Dockerfile",
        "docker/api.Dockerfile", "target/images/x.df"}) {
      Path p = dir.resolve(file);
      Files.createDirectories(p.getParent());
      Files.writeString(p, "FROM scratch\n");
    }
    assertThat(names(dir, List.of("**/*.df"), List.of()))
        .containsExactly("images/api.df", "images/old/web.df");
    assertThat(names(dir, List.of("**/*.df"), List.of("images/old")))
        .containsExactly("images/api.df");
    assertThat(names(dir, List.of(), List.of("legacy", "**/api.Dockerfile")))
        .containsExactly("Dockerfile");
  }

  private static List<String> names(Path dir, List<String> includes, List<String> excludes) throws IOException {
    return DockerfileFinder.find(dir, includes, excludes).stream()
        .map(p -> DockerfileFinder.displayName(dir, p)).toList();
  }
}
