package dev.dockwright.optimize;

import dev.dockwright.model.BuilderTarget;
import dev.dockwright.model.Dockerfile;
import dev.dockwright.model.Element;
import dev.dockwright.model.SourcePosition;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * What passes may know besides the file: the target builder, whether aggressive changes (that change what
 * gets installed) are allowed, and the build context directory when there is one (some passes only change
 * what they can prove from the context's files).
 *
 * <pre>{@code
 * OptimizeContext.of(BuilderTarget.BUILDKIT).withContextDir(Path.of("."))
 * }</pre>
 */
public record OptimizeContext(BuilderTarget target, boolean aggressive, Path contextDir) {
  public OptimizeContext {
    Objects.requireNonNull(target, "target");
  }

  /** For a target, not aggressive, no build context. */
  public static OptimizeContext of(BuilderTarget target) {
    return new OptimizeContext(target, false, null);
  }

  /** With aggressive changes allowed or not. */
  public OptimizeContext withAggressive(boolean aggressive) {
    return new OptimizeContext(target, aggressive, contextDir);
  }

  /** With a build context directory. */
  public OptimizeContext withContextDir(Path contextDir) {
    return new OptimizeContext(target, aggressive, contextDir);
  }

  /** The build context directory, if known. */
  public Optional<Path> context() {
    return Optional.ofNullable(contextDir);
  }

  /** Where an element of the input was, for change reports. */
  static SourcePosition where(Dockerfile file, Element element) {
    return file.sourceOf(element).map(s -> s.start()).orElse(null);
  }
}
