package dev.dockwright.model;

/**
 * {@code STOPSIGNAL <signal>}: the signal that stops the container, by name ({@code SIGTERM}) or number.
 *
 * <pre>{@code
 * new StopSignalInstruction("SIGQUIT")   // STOPSIGNAL SIGQUIT
 * }</pre>
 *
 * @param signal a name such as {@code SIGTERM} or {@code SIGRTMIN+3}, a number up to three digits, or a word
 *     with build argument references
 */
public record StopSignalInstruction(String signal) implements Instruction {
  private static final java.util.regex.Pattern SIGNAL =
      java.util.regex.Pattern.compile("SIG[A-Z0-9+-]+|[0-9]{1,3}|[A-Z][A-Z0-9]*");

  /**
   * Checks the signal.
   *
   * @param signal a name such as {@code SIGTERM} or {@code SIGRTMIN+3}, a number up to three digits, or a word
   *     with build argument references
   * @throws NullPointerException when the signal is null
   * @throws IllegalArgumentException when the signal is empty, holds a blank or a quote, starts with
   *     {@code --}, or is neither a signal name nor a number
   */
  public StopSignalInstruction {
    Values.requireToken(signal, "signal");
    if (signal.startsWith("--")) {
      throw new IllegalArgumentException("not a valid signal: " + Quoted.of(signal) + " (it would be read as a flag)");
    }
    if (signal.indexOf('$') < 0 && !SIGNAL.matcher(signal).matches()) {
      throw new IllegalArgumentException("not a valid signal: " + Quoted.of(signal));
    }
  }

  @Override
  public String keyword() {
    return "STOPSIGNAL";
  }
}
