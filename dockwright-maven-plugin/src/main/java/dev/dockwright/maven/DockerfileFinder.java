package dev.dockwright.maven;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds a project's Dockerfiles: files named {@code Dockerfile}, {@code *.Dockerfile} or {@code Dockerfile.*}
 * (not {@code *.dockerignore}), outside build output, dependencies and hidden directories.
 *
 * <pre>{@code
 * List<Path> files = DockerfileFinder.find(Path.of("."));   // [./Dockerfile, ./docker/app.Dockerfile]
 * }</pre>
 */
final class DockerfileFinder {
  // build output and dependency trees: never the project's own Dockerfiles
  private static final Set<String> SKIPPED = Set.of("target", "node_modules", "build", "dist", "vendor");

  private DockerfileFinder() {}

  static List<Path> find(Path base) throws IOException {
    List<Path> found = new ArrayList<>();
    Files.walkFileTree(base, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
        boolean skip = !dir.equals(base) && (SKIPPED.contains(name) || name.startsWith("."));
        return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        if (attrs.isRegularFile() && isDockerfileName(file.getFileName().toString())) {
          found.add(file);
        }
        return FileVisitResult.CONTINUE;
      }
    });
    found.sort(null);
    return found;
  }

  static boolean isDockerfileName(String name) {
    if (name.endsWith(".dockerignore")) {
      return false;
    }
    return name.equals("Dockerfile") || name.endsWith(".Dockerfile") || name.startsWith("Dockerfile.");
  }

  /** The file's name relative to the project directory, with forward slashes, as findings carry it. */
  static String displayName(Path base, Path file) {
    Path abs = file.toAbsolutePath().normalize();
    Path root = base.toAbsolutePath().normalize();
    return (abs.startsWith(root) ? root.relativize(abs) : abs).toString().replace('\\', '/');
  }
}
