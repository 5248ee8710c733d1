package dev.dockwright.optimize;

import dev.dockwright.model.Dockerfile;
import java.util.List;

/**
 * What a pass returns: the new file (the same object when nothing changed) and its changes.
 *
 * <pre>{@code
 * PassResult r = pass.apply(file, OptimizeContext.of(BuilderTarget.BUILDKIT));
 * r.changes().forEach(System.out::println);
 * }</pre>
 *
 * @param file the Dockerfile after the pass: the input itself when nothing changed
 * @param changes what the pass changed, in file order; empty when nothing changed
 */
public record PassResult(Dockerfile file, List<Change> changes) {
  /**
   * Copies the list of changes.
   *
   * @param file the Dockerfile after the pass
   * @param changes what the pass changed
   * @throws NullPointerException if {@code changes} or one of them is null
   */
  public PassResult {
    changes = List.copyOf(changes);
  }

  /**
   * The result of a pass that changed nothing.
   *
   * @param file the pass's input, returned as it is
   * @return a result with that file and no change
   */
  public static PassResult unchanged(Dockerfile file) {
    return new PassResult(file, List.of());
  }
}
