package dev.dockwright.optimize;

import dev.dockwright.model.BuilderTarget;
import dev.dockwright.model.Dockerfile;
import java.util.Set;

/**
 * An optimizer pass: a function from a Dockerfile to a Dockerfile and the changes it made. Passes leave
 * elements they do not change in place (same objects), so those keep their source text.
 *
 * <pre>{@code
 * Pass pass = new MergeEnvLabelPass();
 * PassResult result = pass.apply(file, OptimizeContext.of(BuilderTarget.BUILDKIT));
 * }</pre>
 */
public interface Pass {
  /** The stable id: {@code chain-runs}, {@code copy-order}, ... */
  String id();

  /** One line saying what the pass does. */
  String description();

  /** The builders whose syntax the pass's output needs; the optimizer skips it for others. */
  default Set<BuilderTarget> targets() {
    return Set.of(BuilderTarget.values());
  }

  /** The pass's documentation page content, with an example. */
  PassDoc doc();

  /** Applies the pass. */
  PassResult apply(Dockerfile file, OptimizeContext context);
}
