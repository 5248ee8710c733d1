package dev.dockwright.model;

/**
 * {@code STOPSIGNAL <signal>}: the signal that stops the container, by name ({@code SIGTERM}) or number.
 *
 * <pre>{@code
 * new StopSignalInstruction("SIGQUIT")
 * }</pre>
 */
public record StopSignalInstruction(String signal) implements Instruction {
  private static final java.util.regex.Pattern SIGNAL =
      java.util.regex.Pattern.compile("SIG[A-Z0-9+-]+|[0-9]{1,3}|[A-Z][A-Z0-9]*");

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
