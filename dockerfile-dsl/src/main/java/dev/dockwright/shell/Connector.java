package dev.dockwright.shell;

/**
 * What follows a simple command: how it connects to the next one.
 *
 * <pre>{@code
 * ShellScript script = ShellScript.parse("apt-get update && apt-get install -y curl | tee log");
 * script.commands().get(0).next();  // AND
 * script.commands().get(1).next();  // PIPE
 * script.commands().get(2).next();  // END
 * }</pre>
 */
public enum Connector {
  /** {@code &&}: the next command runs only if this one succeeds. */
  AND("&&"),
  /** {@code ||}: the next command runs only if this one fails. */
  OR("||"),
  /** {@code |}, or bash's {@code |&}: this command's output feeds the next one. */
  PIPE("|"),
  /** {@code ;}: the next command runs after this one, whatever its status. */
  SEMICOLON(";"),
  /** {@code &}: this command runs in the background. */
  BACKGROUND("&"),
  /** A line break. */
  NEWLINE("\n"),
  /** {@code ;;} (or bash's {@code ;&} and {@code ;;&}): the end of a {@code case} branch. */
  CASE_BREAK(";;"),
  /**
   * Nothing follows in the same list: the end of the script, or of the enclosing {@code ( )}, {@code $( )} or
   * backquotes.
   */
  END("");

  private final String symbol;

  Connector(String symbol) {
    this.symbol = symbol;
  }

  /**
   * The operator as written.
   *
   * @return {@code "&&"} for {@link #AND}, {@code "|"} for {@link #PIPE} (also for {@code |&}), {@code ";;"} for
   *     {@link #CASE_BREAK}, {@code "\n"} for a line break and {@code ""} for {@link #END}
   */
  public String symbol() {
    return symbol;
  }
}
