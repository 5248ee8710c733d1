package dev.dockwright.model;

import java.time.Duration;
import java.util.Objects;

/**
 * Reads and writes durations the way HEALTHCHECK flags take them (Go's {@code time.ParseDuration} syntax:
 * {@code 30s}, {@code 1m30s}, {@code 500ms}, {@code 1.5h}).
 *
 * <pre>{@code
 * DurationFormat.parse("1m30s")                 // PT1M30S
 * DurationFormat.format(Duration.ofSeconds(90)) // "1m30s"
 * }</pre>
 */
public final class DurationFormat {
  private DurationFormat() {}

  /**
   * Reads a Go duration: decimal numbers with units {@code ns}, {@code us} (or {@code µs}), {@code ms},
   * {@code s}, {@code m}, {@code h}, such as {@code 1m30s} or {@code 1.5h}; {@code 0} alone needs no unit.
   * Negative durations are refused.
   *
   * @param text the duration as written, such as {@code 30s}
   * @return the duration, rounded to nanoseconds
   * @throws NullPointerException when the text is null
   * @throws IllegalArgumentException with {@code not a valid duration: "..."}
   */
  public static Duration parse(String text) {
    Objects.requireNonNull(text, "text");
    IllegalArgumentException bad = new IllegalArgumentException("not a valid duration: " + Quoted.of(text));
    if (text.isEmpty()) {
      throw bad;
    }
    if (text.equals("0")) {
      return Duration.ZERO;
    }
    long nanos = 0;
    int i = 0;
    int n = text.length();
    if (text.charAt(0) == '+') {
      i++;
    }
    if (i >= n) {
      throw bad;
    }
    while (i < n) {
      int start = i;
      long whole = 0;
      while (i < n && Character.isDigit(text.charAt(i))) {
        whole = Math.addExact(Math.multiplyExact(whole, 10), text.charAt(i) - '0');
        if (whole > 1_000_000_000_000L) {
          throw bad;
        }
        i++;
      }
      boolean hasWhole = i > start;
      double fraction = 0;
      boolean hasFraction = false;
      if (i < n && text.charAt(i) == '.') {
        i++;
        double scale = 0.1;
        int fracStart = i;
        while (i < n && Character.isDigit(text.charAt(i))) {
          fraction += (text.charAt(i) - '0') * scale;
          scale /= 10;
          i++;
        }
        hasFraction = i > fracStart;
      }
      if (!hasWhole && !hasFraction) {
        throw bad;
      }
      int unitStart = i;
      while (i < n && !Character.isDigit(text.charAt(i)) && text.charAt(i) != '.') {
        i++;
      }
      long unit =
          switch (text.substring(unitStart, i)) {
            case "ns" -> 1L;
            case "us", "µs", "μs" -> 1_000L;
            case "ms" -> 1_000_000L;
            case "s" -> 1_000_000_000L;
            case "m" -> 60_000_000_000L;
            case "h" -> 3_600_000_000_000L;
            default -> throw bad;
          };
      try {
        nanos = Math.addExact(nanos, Math.multiplyExact(whole, unit));
      } catch (ArithmeticException e) {
        throw bad;
      }
      nanos += Math.round(fraction * unit);
    }
    return Duration.ofNanos(nanos);
  }

  /**
   * Writes a duration in Go's canonical form.
   *
   * @param duration a duration, not negative
   * @return such as {@code 1h2m3s}, {@code 1.5s}, {@code 300ms} or {@code 0s}
   * @throws NullPointerException when the duration is null
   * @throws IllegalArgumentException when the duration is negative
   */
  public static String format(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    if (duration.isNegative()) {
      throw new IllegalArgumentException("not a valid duration: " + duration);
    }
    long nanos = duration.toNanos();
    if (nanos == 0) {
      return "0s";
    }
    if (nanos < 1_000_000_000L) {
      if (nanos % 1_000_000L == 0) {
        return nanos / 1_000_000L + "ms";
      }
      if (nanos % 1_000L == 0) {
        return nanos / 1_000L + "us";
      }
      return nanos + "ns";
    }
    StringBuilder sb = new StringBuilder();
    long hours = nanos / 3_600_000_000_000L;
    nanos -= hours * 3_600_000_000_000L;
    long minutes = nanos / 60_000_000_000L;
    nanos -= minutes * 60_000_000_000L;
    if (hours > 0) {
      sb.append(hours).append('h');
    }
    if (hours > 0 || minutes > 0) {
      sb.append(minutes).append('m');
    }
    long seconds = nanos / 1_000_000_000L;
    long rest = nanos % 1_000_000_000L;
    sb.append(seconds);
    if (rest > 0) {
      String digits = String.format("%09d", rest).replaceAll("0+$", "");
      sb.append('.').append(digits);
    }
    return sb.append('s').toString();
  }
}
