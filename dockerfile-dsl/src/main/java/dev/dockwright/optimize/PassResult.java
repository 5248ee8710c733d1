package dev.dockwright.optimize;

import dev.dockwright.model.Dockerfile;
import java.util.List;

/**
 * What a pass returns: the new file (the same object when nothing changed) and its changes.
 *
 * <pre>{@code
 * PassResult r = new ChainRunsPass().apply(file, context);
 * r.changes().forEach(System.out::println);
 * }</pre>
 */
public record PassResult(Dockerfile file, List<Change> changes) {
  public PassResult {
    changes = List.copyOf(changes);
  }

  /** No change. */
  public static PassResult unchanged(Dockerfile file) {
    return new PassResult(file, List.of());
  }
}
