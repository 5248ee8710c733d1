package dev.dockwright.optimize;

import dev.dockwright.model.BuilderTarget;
import dev.dockwright.model.Dockerfile;
import java.util.Set;

/**
 * An optimizer pass: a function from a Dockerfile to a Dockerfile and the changes it made. Passes leave
 * elements they do not change in place (same objects), so those keep their source text.
 *
 * <pre>{@code
 * for (Pass pass : Optimizer.allPasses()) {
 *   PassResult result = pass.apply(file, OptimizeContext.of(BuilderTarget.BUILDKIT));
 *   System.out.println(pass.id() + ": " + result.changes().size() + " changes");
 * }
 * }</pre>
 *
 * <p>A pass of one's own runs with the others through {@link Optimizer#Optimizer(java.util.List)}.
 */
public interface Pass {
  /**
   * The stable id, as {@code dockwright optimize --passes} and {@link Optimizer#withPasses} take it and as
   * each {@link Change} names it.
   *
   * @return lower-case words joined by {@code -}, such as {@code chain-runs} or {@code copy-order}
   */
  String id();

  /**
   * What the pass does, for the pass index and {@code --help}.
   *
   * @return one sentence, without line breaks
   */
  String description();

  /**
   * The builders that accept the syntax this pass writes; the optimizer skips the pass for any other target.
   * By default every builder.
   *
   * @return a non-empty set, such as {@code Set.of(BuilderTarget.BUILDKIT, BuilderTarget.BUILDAH)} for a pass
   *     that writes {@code RUN --mount}
   */
  default Set<BuilderTarget> targets() {
    return Set.of(BuilderTarget.values());
  }

  /**
   * The content of the pass's documentation page ({@code docs/optimizer/<id>.md}).
   *
   * @return the details and an example input; the page's "after" is computed by running the pass on it
   */
  PassDoc doc();

  /**
   * Applies the pass once. Elements the pass does not change stay the same objects, so they keep their
   * source text when rendered.
   *
   * @param file the Dockerfile to change; not modified (Dockerfiles are immutable)
   * @param context the target builder, whether aggressive changes are allowed, the build context directory
   * @return the new file ({@code file} itself when nothing changed) and the changes made, in file order
   */
  PassResult apply(Dockerfile file, OptimizeContext context);
}
