package dev.dockwright.optimize;

import dev.dockwright.model.BuilderTarget;
import dev.dockwright.model.Dockerfile;
import dev.dockwright.model.SourcePosition;
import java.nio.file.Path;
import java.util.IdentityHashMap;
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
public final class OptimizeContext {
  private final BuilderTarget target;
  private final boolean aggressive;
  private final Path contextDir;
  // Where each element that a pass made stands in for was in the input: changes report input positions.
  private final IdentityHashMap<Object, SourcePosition> origins;

  private OptimizeContext(BuilderTarget target, boolean aggressive, Path contextDir,
      IdentityHashMap<Object, SourcePosition> origins) {
    this.target = Objects.requireNonNull(target, "target");
    this.aggressive = aggressive;
    this.contextDir = contextDir;
    this.origins = origins;
  }

  /** For a target, not aggressive, no build context. */
  public static OptimizeContext of(BuilderTarget target) {
    return new OptimizeContext(target, false, null, new IdentityHashMap<>());
  }

  /** The builder the output is for. */
  public BuilderTarget target() {
    return target;
  }

  /** Whether changes that change what gets installed are allowed. */
  public boolean aggressive() {
    return aggressive;
  }

  /** With aggressive changes allowed or not. */
  public OptimizeContext withAggressive(boolean aggressive) {
    return new OptimizeContext(target, aggressive, contextDir, origins);
  }

  /** With a build context directory (null for none). */
  public OptimizeContext withContextDir(Path contextDir) {
    return new OptimizeContext(target, aggressive, contextDir, origins);
  }

  OptimizeContext withOrigins(Dockerfile input) {
    return new OptimizeContext(target, aggressive, contextDir, new IdentityHashMap<>());
  }

  /** Records that {@code replacement} stands where {@code original} was; returns the replacement. */
  <T> T replaced(Dockerfile file, Object original, T replacement) {
    SourcePosition at = where(file, original);
    if (at != null) {
      origins.put(replacement, at);
    }
    return replacement;
  }

  /** Where an element, or the one it replaced, was in the input; null when it has no source. */
  SourcePosition where(Dockerfile file, Object element) {
    SourcePosition own = file.sourceOf(element).map(s -> s.start()).orElse(null);
    return own != null ? own : origins.get(element);
  }

  /** The build context directory, if known. */
  public Optional<Path> context() {
    return Optional.ofNullable(contextDir);
  }

}
