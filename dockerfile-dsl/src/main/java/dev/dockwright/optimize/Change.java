package dev.dockwright.optimize;

import dev.dockwright.model.SourcePosition;
import java.util.Objects;

/**
 * One change a pass made: which pass, where in the input (the first instruction it touched; null for an
 * element that had no source), what it did and why.
 *
 * <pre>{@code
 * new Change("exec-form", new SourcePosition(4, 1), "CMD written in exec form", "the program runs as PID 1")
 *     .toString()   // "4:1: exec-form: CMD written in exec form (the program runs as PID 1)"
 * }</pre>
 *
 * @param pass the id of the pass that made the change, such as {@code chain-runs}
 * @param where the line and column in the input of the first instruction the change touched; null when the
 *     changed element was not read from text (a file built with the DSL)
 * @param what what changed, such as {@code CMD written in exec form}
 * @param why what the change gains, such as {@code the program runs as PID 1}
 */
public record Change(String pass, SourcePosition where, String what, String why) {
  /**
   * Checks the values.
   *
   * @param pass the id of the pass
   * @param where the position of the first instruction touched in the input, or null
   * @param what what changed
   * @param why what the change gains
   * @throws NullPointerException if {@code pass}, {@code what} or {@code why} is null
   */
  public Change {
    Objects.requireNonNull(pass, "pass");
    Objects.requireNonNull(what, "what");
    Objects.requireNonNull(why, "why");
  }

  /**
   * The change as {@code dockwright optimize --explain} prints it.
   *
   * @return {@code LINE:COLUMN: pass: what (why)}, with {@code -} for the position when there is none
   */
  @Override
  public String toString() {
    return (where == null ? "-" : where.toString()) + ": " + pass + ": " + what + " (" + why + ")";
  }
}
