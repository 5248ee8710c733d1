package dev.dockwright.context;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A build context: a directory and the {@code .dockerignore} that says which of its files the builder gets.
 *
 * <pre>{@code
 * BuildContext context = BuildContext.of(Path.of("."), Path.of("Dockerfile"));
 * context.files();                    // [Dockerfile, package.json, src/app.js, ...]: what the builder receives
 * context.includes("node_modules/x"); // false when .dockerignore names node_modules
 * context.ignoreFile();               // Optional[./.dockerignore], or Dockerfile.dockerignore when that exists
 * }</pre>
 *
 * <p>As BuildKit does, an ignore file named after the Dockerfile ({@code Dockerfile.dockerignore},
 * {@code build/app.Dockerfile.dockerignore}: the Dockerfile's path plus {@code .dockerignore}) is used instead of
 * the {@code .dockerignore} at the context root when it exists. The {@code .dockerignore} and the Dockerfile are
 * files of the context like any other, unless a pattern leaves them out. Symbolic links are listed as files and
 * not followed.
 */
public final class BuildContext {
  private final Path root;
  private final DockerIgnore ignore;
  private final Path ignoreFile;

  private BuildContext(Path root, DockerIgnore ignore, Path ignoreFile) {
    this.root = root;
    this.ignore = ignore;
    this.ignoreFile = ignoreFile;
  }

  /**
   * The context at {@code root}, with the {@code .dockerignore} found there, if any.
   *
   * @param root the context directory, such as {@code Path.of(".")}
   * @return the context; its files are listed when asked, not now
   * @throws UncheckedIOException when the ignore file cannot be read
   * @throws IllegalArgumentException when {@code root} is not a directory or the ignore file is invalid
   */
  public static BuildContext of(Path root) {
    return of(root, (Path) null);
  }

  /**
   * The context at {@code root} for the given Dockerfile: {@code <dockerfile>.dockerignore} when it exists, else
   * {@code root/.dockerignore}.
   *
   * @param root the context directory, such as {@code Path.of(".")}
   * @param dockerfile the Dockerfile's path, such as {@code Path.of("build/app.Dockerfile")}, or null
   * @return the context; its files are listed when asked, not now
   * @throws UncheckedIOException when the ignore file cannot be read
   * @throws IllegalArgumentException when {@code root} is not a directory or the ignore file is invalid (the
   *     message starts with the ignore file's path)
   * @throws NullPointerException if {@code root} is null
   */
  public static BuildContext of(Path root, Path dockerfile) {
    Objects.requireNonNull(root, "root");
    if (!Files.isDirectory(root)) {
      throw new IllegalArgumentException("not a directory: " + root);
    }
    Path file = null;
    if (dockerfile != null) {
      Path specific = dockerfile.resolveSibling(dockerfile.getFileName() + ".dockerignore");
      if (Files.isRegularFile(specific)) {
        file = specific;
      }
    }
    if (file == null && Files.isRegularFile(root.resolve(".dockerignore"))) {
      file = root.resolve(".dockerignore");
    }
    if (file == null) {
      return new BuildContext(root, DockerIgnore.none(), null);
    }
    String text;
    try {
      text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    try {
      return new BuildContext(root, DockerIgnore.parse(text), file);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
    }
  }

  /**
   * The context at {@code root} with the given ignore rules, whatever ignore files lie there. The directory is
   * not checked until files are listed.
   *
   * @param root the context directory
   * @param ignore the rules, such as {@code DockerIgnore.parse("node_modules\n")} or {@link DockerIgnore#none()}
   * @return the context
   * @throws NullPointerException if an argument is null
   */
  public static BuildContext of(Path root, DockerIgnore ignore) {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(ignore, "ignore");
    return new BuildContext(root, ignore, null);
  }

  /**
   * The context directory.
   *
   * @return the path as given
   */
  public Path root() {
    return root;
  }

  /**
   * The ignore rules.
   *
   * @return the rules read or given; {@link DockerIgnore#none()} when there is no ignore file
   */
  public DockerIgnore ignore() {
    return ignore;
  }

  /**
   * The ignore file that was read, if any.
   *
   * @return such as {@code ./.dockerignore} or {@code ./Dockerfile.dockerignore}; empty when none was read
   */
  public Optional<Path> ignoreFile() {
    return Optional.ofNullable(ignoreFile);
  }

  /**
   * Whether a path is in the context, that is, not left out by the ignore file. Does not look at the disk.
   *
   * @param path relative to the root, with {@code /} separators, such as {@code node_modules/x}
   * @return false when the ignore rules exclude it
   * @throws IllegalArgumentException as {@link DockerIgnore#excludes(String)} does
   */
  public boolean includes(String path) {
    return !ignore.excludes(path);
  }

  /**
   * The files the builder receives, relative to the root with {@code /} separators, sorted: every regular file
   * and symbolic link that the ignore file does not leave out.
   *
   * @return an unmodifiable list, such as {@code [Dockerfile, package.json, src/app.js]}
   * @throws UncheckedIOException when the directory cannot be read
   */
  public List<String> files() {
    return filesUnder(".");
  }

  /**
   * The files of the context inside {@code dir} (relative to the root), as {@link #files()} lists them; the file
   * itself when {@code dir} names a file of the context; nothing when it names nothing.
   *
   * @param dir relative to the root, with {@code /} separators, such as {@code src}; {@code .} for the root
   * @return an unmodifiable sorted list of paths relative to the root, such as {@code [src/app.js]}
   * @throws UncheckedIOException when the directory cannot be read
   */
  public List<String> filesUnder(String dir) {
    String rel = GoPath.inContext(dir);
    Path start = rel.equals(".") ? root : root.resolve(rel);
    if (!Files.exists(start, LinkOption.NOFOLLOW_LINKS)) {
      return List.of();
    }
    if (!Files.isDirectory(start, LinkOption.NOFOLLOW_LINKS)) {
      return includes(rel) ? List.of(rel) : List.of();
    }
    List<String> out = new ArrayList<>();
    try {
      Files.walkFileTree(start, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
          // As Docker does: nothing inside an excluded directory comes back unless an exception might apply.
          return d.equals(root) || ignore.hasExceptions() || includes(relative(d))
              ? FileVisitResult.CONTINUE : FileVisitResult.SKIP_SUBTREE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          if (!attrs.isDirectory()) {
            String p = relative(file);
            if (includes(p)) {
              out.add(p);
            }
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Collections.sort(out);
    return Collections.unmodifiableList(out);
  }

  private String relative(Path file) {
    StringBuilder sb = new StringBuilder();
    for (Path part : root.relativize(file)) {
      if (sb.length() > 0) {
        sb.append('/');
      }
      sb.append(part);
    }
    return sb.toString();
  }

  /**
   * Whether a path is a directory of the context on disk (a symbolic link to one is not), whether or not the
   * ignore file leaves it out.
   *
   * @param path relative to the root, with {@code /} separators; {@code .} for the root
   * @return true for an existing directory
   */
  public boolean isDirectory(String path) {
    String rel = GoPath.inContext(path);
    return Files.isDirectory(rel.equals(".") ? root : root.resolve(rel), LinkOption.NOFOLLOW_LINKS);
  }

  @Override
  public String toString() {
    return "BuildContext[" + root + (ignoreFile == null ? "" : ", " + ignoreFile) + "]";
  }
}
