package dev.dockwright.optimize;

import dev.dockwright.model.SourcePosition;
import java.util.Objects;

/**
 * One change a pass made: which pass, where in the input (the first instruction it touched; null for an
 * element that had no source), what it did and why.
 *
 * <pre>{@code
 * change.toString()   // "Dockerfile:4:1: chain-runs: merged 2 RUN instructions into one (one layer instead of 2)"
 * }</pre>
 */
public record Change(String pass, SourcePosition where, String what, String why) {
  public Change {
    Objects.requireNonNull(pass, "pass");
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(why, "why");
  }

  /** {@code LINE:COL: pass: what (why)}. */
  @Override
  public String toString() {
    return (where == null ? "-" : where.toString()) + ": " + pass + ": " + what + " (" + why + ")";
  }
}
