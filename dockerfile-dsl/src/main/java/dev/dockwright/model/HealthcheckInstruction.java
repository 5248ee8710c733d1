package dev.dockwright.model;

import java.time.Duration;

/**
 * {@code HEALTHCHECK [--interval=...] [--timeout=...] [--start-period=...] [--start-interval=...]
 * [--retries=...] CMD <command>}, or {@code HEALTHCHECK NONE} (command null) to switch off an inherited
 * check. Null options are not written.
 *
 * <pre>{@code
 * HealthcheckInstruction.of(Command.exec("/app/healthcheck")).withInterval(Duration.ofSeconds(30))
 * HealthcheckInstruction.none()
 * }</pre>
 */
public record HealthcheckInstruction(
    Duration interval,
    Duration timeout,
    Duration startPeriod,
    Duration startInterval,
    Integer retries,
    Command command)
    implements Instruction {
  public HealthcheckInstruction {
    for (Duration d : new Duration[] {interval, timeout, startPeriod, startInterval}) {
      if (d != null && d.isNegative()) {
        throw new IllegalArgumentException("not a valid duration: " + d);
      }
    }
    if (retries != null && retries < 0) {
      throw new IllegalArgumentException("not a valid retry count: " + retries);
    }
    if (command == null && (interval != null || timeout != null || startPeriod != null
        || startInterval != null || retries != null)) {
      throw new IllegalArgumentException("HEALTHCHECK NONE takes no options");
    }
    if (command != null) {
      Instructions.requireNoHeredoc(command, "HEALTHCHECK");
    }
  }

  /** A check that runs the command with BuildKit's default timing. */
  public static HealthcheckInstruction of(Command command) {
    return new HealthcheckInstruction(null, null, null, null, null, java.util.Objects.requireNonNull(command));
  }

  /** {@code HEALTHCHECK NONE}. */
  public static HealthcheckInstruction none() {
    return new HealthcheckInstruction(null, null, null, null, null, null);
  }

  /** Whether this is {@code HEALTHCHECK NONE}. */
  public boolean isNone() {
    return command == null;
  }

  /** With {@code --interval}. */
  public HealthcheckInstruction withInterval(Duration interval) {
    return new HealthcheckInstruction(interval, timeout, startPeriod, startInterval, retries, command);
  }

  /** With {@code --timeout}. */
  public HealthcheckInstruction withTimeout(Duration timeout) {
    return new HealthcheckInstruction(interval, timeout, startPeriod, startInterval, retries, command);
  }

  /** With {@code --start-period}. */
  public HealthcheckInstruction withStartPeriod(Duration startPeriod) {
    return new HealthcheckInstruction(interval, timeout, startPeriod, startInterval, retries, command);
  }

  /** With {@code --start-interval}. */
  public HealthcheckInstruction withStartInterval(Duration startInterval) {
    return new HealthcheckInstruction(interval, timeout, startPeriod, startInterval, retries, command);
  }

  /** With {@code --retries}. */
  public HealthcheckInstruction withRetries(int retries) {
    return new HealthcheckInstruction(interval, timeout, startPeriod, startInterval, retries, command);
  }

  @Override
  public String keyword() {
    return "HEALTHCHECK";
  }
}
