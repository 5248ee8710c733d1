package dev.dockwright.maven;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
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
    return find(base, List.of(), List.of());
  }

  /**
   * The Dockerfiles under {@code base}, sorted.
   *
   * @param includes glob patterns of the paths to take, relative to {@code base} ({@code docker/*.Dockerfile});
   *     empty for every file with a Dockerfile's name
   * @param excludes glob patterns of the paths to leave out, besides the skipped directories
   */
  static List<Path> find(Path base, List<String> includes, List<String> excludes) throws IOException {
    List<PathMatcher> take = matchers(includes);
    List<PathMatcher> leave = matchers(excludes);
    List<Path> found = new ArrayList<>();
    Files.walkFileTree(base, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
        if (dir.equals(base)) {
          return FileVisitResult.CONTINUE;
        }
        String name = dir.getFileName().toString();
        boolean skip = SKIPPED.contains(name) || name.startsWith(".") || matches(leave, base.relativize(dir));
        return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
        Path relative = base.relativize(file);
        boolean wanted = take.isEmpty() ? isDockerfileName(file.getFileName().toString()) : matches(take, relative);
        if (attrs.isRegularFile() && wanted && !matches(leave, relative)) {
          found.add(file);
        }
        return FileVisitResult.CONTINUE;
      }
    });
    found.sort(null);
    return found;
  }

  // A leading **/ also matches no directory, as in Maven's own patterns: **/*.Dockerfile takes a.Dockerfile.
  private static List<PathMatcher> matchers(List<String> patterns) {
    List<PathMatcher> matchers = new ArrayList<>();
    for (String pattern : patterns) {
      String glob = pattern.trim().replace('\\', '/');
      matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
      while (glob.startsWith("**/")) {
        glob = glob.substring(3);
        matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
      }
    }
    return matchers;
  }

  private static boolean matches(List<PathMatcher> matchers, Path relative) {
    for (PathMatcher m : matchers) {
      if (m.matches(relative)) {
        return true;
      }
    }
    return false;
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
