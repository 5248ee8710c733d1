package dev.dockwright.model;

import java.time.Duration;

/**
 * {@code HEALTHCHECK [--interval=...] [--timeout=...] [--start-period=...] [--start-interval=...]
 * [--retries=...] CMD <command>}, or {@code HEALTHCHECK NONE} (command null) to switch off an inherited
 * check. Null options are not written.
 *
 * <pre>{@code
 * HealthcheckInstruction.of(Command.exec("/app/healthcheck")).withInterval(Duration.ofSeconds(30))
 * // HEALTHCHECK --interval=30s CMD ["/app/healthcheck"]
 * HealthcheckInstruction.none()   // HEALTHCHECK NONE
 * }</pre>
 *
 * @param interval the time between checks ({@code --interval}), not negative; null for the default 30s
 * @param timeout the time a check may take ({@code --timeout}), not negative; null for the default 30s
 * @param startPeriod the start-up time during which failures do not count ({@code --start-period}), not
 *     negative; null for 0s
 * @param startInterval the time between checks during the start period ({@code --start-interval}), not
 *     negative; null for the default 5s
 * @param retries the failures in a row that make the container unhealthy ({@code --retries}), not negative;
 *     null for the default 3
 * @param command the check, without heredoc; null for {@code HEALTHCHECK NONE}
 */
public record HealthcheckInstruction(
    Duration interval,
    Duration timeout,
    Duration startPeriod,
    Duration startInterval,
    Integer retries,
    Command command)
    implements Instruction {
  /**
   * Checks the options.
   *
   * @param interval the time between checks ({@code --interval}), not negative; null for the default 30s
   * @param timeout the time a check may take ({@code --timeout}), not negative; null for the default 30s
   * @param startPeriod the start-up time during which failures do not count ({@code --start-period}), not
   *     negative; null for 0s
   * @param startInterval the time between checks during the start period ({@code --start-interval}), not
   *     negative; null for the default 5s
   * @param retries the failures in a row that make the container unhealthy ({@code --retries}), not negative;
   *     null for the default 3
   * @param command the check, without heredoc; null for {@code HEALTHCHECK NONE}
   * @throws IllegalArgumentException when a duration or the retry count is negative, {@code NONE} has options,
   *     or the command has a heredoc
   */
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

  /**
   * A check that runs the command with BuildKit's default timing.
   *
   * @param command the check, such as {@code Command.exec("/app/healthcheck")}
   * @return {@code HEALTHCHECK CMD command}
   * @throws NullPointerException when the command is null
   * @throws IllegalArgumentException when the command has a heredoc
   */
  public static HealthcheckInstruction of(Command command) {
    return new HealthcheckInstruction(null, null, null, null, null, java.util.Objects.requireNonNull(command));
  }

  /**
   * {@code HEALTHCHECK NONE}: switches off a check inherited from the base image.
   *
   * @return the instruction, with no command and no options
   */
  public static HealthcheckInstruction none() {
    return new HealthcheckInstruction(null, null, null, null, null, null);
  }

  /**
   * Whether this is {@code HEALTHCHECK NONE}.
   *
   * @return true when there is no command
   */
  public boolean isNone() {
    return command == null;
  }

  /**
   * This check with {@code --interval}.
   *
   * @param interval the time between checks, such as {@code Duration.ofSeconds(30)}; null for the default
   * @return a new instruction; this one is unchanged
   * @throws IllegalArgumentException when the duration is negative or this is {@code NONE}
   */
  public HealthcheckInstruction withInterval(Duration interval) {
    return new HealthcheckInstruction(interval, timeout, startPeriod, startInterval, retries, command);
  }

  /**
   * This check with {@code --timeout}.
   *
   * @param timeout the time a check may take, such as {@code Duration.ofSeconds(30)}; null for the default
   * @return a new instruction; this one is unchanged
   * @throws IllegalArgumentException when the duration is negative or this is {@code NONE}
   */
  public HealthcheckInstruction withTimeout(Duration timeout) {
    return new HealthcheckInstruction(interval, timeout, startPeriod, startInterval, retries, command);
  }

  /**
   * This check with {@code --start-period}.
   *
   * @param startPeriod the start-up time during which failures do not count, such as
   *     {@code Duration.ofSeconds(30)}; null for the default
   * @return a new instruction; this one is unchanged
   * @throws IllegalArgumentException when the duration is negative or this is {@code NONE}
   */
  public HealthcheckInstruction withStartPeriod(Duration startPeriod) {
    return new HealthcheckInstruction(interval, timeout, startPeriod, startInterval, retries, command);
  }

  /**
   * This check with {@code --start-interval}.
   *
   * @param startInterval the time between checks during the start period, such as
   *     {@code Duration.ofSeconds(5)}; null for the default
   * @return a new instruction; this one is unchanged
   * @throws IllegalArgumentException when the duration is negative or this is {@code NONE}
   */
  public HealthcheckInstruction withStartInterval(Duration startInterval) {
    return new HealthcheckInstruction(interval, timeout, startPeriod, startInterval, retries, command);
  }

  /**
   * This check with {@code --retries}.
   *
   * @param retries the failures in a row that make the container unhealthy, 0 or more
   * @return a new instruction; this one is unchanged
   * @throws IllegalArgumentException when the count is negative or this is {@code NONE}
   */
  public HealthcheckInstruction withRetries(int retries) {
    return new HealthcheckInstruction(interval, timeout, startPeriod, startInterval, retries, command);
  }

  @Override
  public String keyword() {
    return "HEALTHCHECK";
  }
}
