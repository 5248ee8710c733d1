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
 * OptimizeContext context = OptimizeContext.of(BuilderTarget.BUILDKIT)
 *     .withAggressive(true)
 *     .withContextDir(Path.of("."));
 * }</pre>
 *
 * <p>Instances are immutable; the {@code with...} methods return new ones.
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

  /**
   * A context for a target builder, not aggressive, without a build context directory.
   *
   * @param target the builder the optimized file is for; passes whose output it cannot build are skipped
   * @return a new context
   * @throws NullPointerException if {@code target} is null
   */
  public static OptimizeContext of(BuilderTarget target) {
    return new OptimizeContext(target, false, null, new IdentityHashMap<>());
  }

  /**
   * The builder the output is for.
   *
   * @return never null
   */
  public BuilderTarget target() {
    return target;
  }

  /**
   * Whether changes that change what gets installed are allowed, such as adding
   * {@code --no-install-recommends} to {@code apt-get install}.
   *
   * @return false unless set with {@link #withAggressive(boolean)}
   */
  public boolean aggressive() {
    return aggressive;
  }

  /**
   * This context with aggressive changes allowed or not.
   *
   * @param aggressive true to allow changes that change what gets installed
   * @return a new context; this one is unchanged
   */
  public OptimizeContext withAggressive(boolean aggressive) {
    return new OptimizeContext(target, aggressive, contextDir, origins);
  }

  /**
   * This context with a build context directory, whose files some passes read to prove a change safe (for
   * example {@code copy-order} reads {@code package.json} and {@code .dockerignore}). Without one, those
   * passes change less.
   *
   * @param contextDir the directory the build sends to the builder, such as {@code Path.of(".")}; null for none
   * @return a new context; this one is unchanged
   */
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

  /**
   * The build context directory, if known.
   *
   * @return the directory given to {@link #withContextDir(Path)}, or empty
   */
  public Optional<Path> context() {
    return Optional.ofNullable(contextDir);
  }

}
