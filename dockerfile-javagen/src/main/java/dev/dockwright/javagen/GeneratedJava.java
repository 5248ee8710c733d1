package dev.dockwright.javagen;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What {@link JavaGenerator#generate} gives: the source of one compilation unit, or, when the DSL cannot
 * write some part of the model exactly, no source and the list of those parts. There is never a source that
 * would build another model than the one given.
 *
 * <pre>{@code
 * GeneratedJava java = generator.generate(dockerfile);
 * if (java.isComplete()) {
 *   java.writeTo(Path.of("src/main/java"));
 * } else {
 *   java.unsupported().forEach(System.err::println);
 * }
 * }</pre>
 */
public final class GeneratedJava {
  private final String packageName;
  private final String className;
  private final String source;
  private final List<UnsupportedElement> unsupported;

  GeneratedJava(String packageName, String className, String source, List<UnsupportedElement> unsupported) {
    this.packageName = Objects.requireNonNull(packageName, "packageName");
    this.className = Objects.requireNonNull(className, "className");
    this.unsupported = List.copyOf(unsupported);
    if ((source == null) == this.unsupported.isEmpty()) {
      throw new IllegalArgumentException("a source, or the unsupported elements, but not both");
    }
    this.source = source;
  }

  /**
   * Whether every part of the model could be written: then {@link #source()} is there.
   *
   * @return true when nothing is unsupported
   */
  public boolean isComplete() {
    return unsupported.isEmpty();
  }

  /**
   * The parts of the model the DSL cannot write exactly; empty when the source is complete.
   *
   * @return the unsupported parts, in file order
   */
  public List<UnsupportedElement> unsupported() {
    return unsupported;
  }

  /**
   * The Java source.
   *
   * @throws IllegalStateException when some part of the model cannot be written; the message lists them
   * @return the Java source of the class
   */
  public String source() {
    if (source == null) {
      throw new IllegalStateException("the DSL cannot write " + unsupported.size() + " element(s) of this "
          + "Dockerfile exactly:\n" + unsupported.stream().map(u -> "  " + u).collect(Collectors.joining("\n")));
    }
    return source;
  }

  /**
   * The package of the generated class; empty for the unnamed package.
   *
   * @return the package name, such as {@code com.example.images}
   */
  public String packageName() {
    return packageName;
  }

  /**
   * The simple name of the generated class.
   *
   * @return the class name
   */
  public String className() {
    return className;
  }

  /**
   * The qualified name of the generated class.
   *
   * @return the package and class name, joined with a dot
   */
  public String qualifiedName() {
    return packageName.isEmpty() ? className : packageName + "." + className;
  }

  /**
   * Writes the source under a source root, in the folder of its package; returns the file written.
   *
   * @throws IllegalStateException when the source is not complete
   * @param sourceRoot the root of a source tree, such as {@code src/main/java}
   * @return the file written
   * @throws IOException when the file cannot be written
   */
  public Path writeTo(Path sourceRoot) throws IOException {
    String text = source();
    Path dir = packageName.isEmpty() ? sourceRoot : sourceRoot.resolve(packageName.replace('.', '/'));
    Files.createDirectories(dir);
    return Files.writeString(dir.resolve(className + ".java"), text, StandardCharsets.UTF_8);
  }

  @Override
  public String toString() {
    return source != null ? source : qualifiedName() + ": " + unsupported.size() + " unsupported element(s)";
  }
}
