package dev.dockwright.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A port or port range that EXPOSE declares, with its protocol: {@code 8080}, {@code 53/udp},
 * {@code 8000-8010/tcp}, or a build argument ({@code ${PORT}}).
 *
 * <pre>{@code
 * Port.tcp(8080)
 * Port.udp(53)
 * Port.range(8000, 8010)
 * Port.parse("${PORT}/tcp")
 * }</pre>
 *
 * @param text the port as EXPOSE writes it: {@code port[-port][/tcp|udp|sctp]} with ports from 0 to 65535, or
 *     a word with build argument references
 */
public record Port(String text) {
  /**
   * The transport protocol of a port, as EXPOSE names it after the slash.
   *
   * <pre>{@code
   * Port.parse("53/" + Port.Protocol.UDP.text())   // 53/udp
   * }</pre>
   */
  public enum Protocol {
    /** TCP, the default when EXPOSE writes no protocol. */
    TCP,
    /** UDP: {@code 53/udp}. */
    UDP,
    /** SCTP: {@code 9899/sctp}. */
    SCTP;

    /**
     * The protocol as EXPOSE writes it.
     *
     * @return the name in lower case: {@code "tcp"}, {@code "udp"} or {@code "sctp"}
     */
    public String text() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * Checks the text.
   *
   * @param text the port as EXPOSE writes it: {@code port[-port][/tcp|udp|sctp]} with ports from 0 to 65535, or
   *     a word with build argument references
   * @throws NullPointerException when the text is null
   * @throws IllegalArgumentException when EXPOSE would not accept the text (see {@link #isValid(String)})
   */
  public Port {
    Objects.requireNonNull(text, "text");
    if (!isValid(text)) {
      throw new IllegalArgumentException("not a valid port: " + Quoted.of(text));
    }
  }

  /**
   * A TCP port, written without protocol (TCP is the default).
   *
   * @param port from 1 to 65535
   * @return the port, such as {@code 8080}
   * @throws IllegalArgumentException when the port is out of range
   */
  public static Port tcp(int port) {
    return new Port(Integer.toString(check(port)));
  }

  /**
   * A UDP port.
   *
   * @param port from 1 to 65535
   * @return the port, such as {@code 53/udp}
   * @throws IllegalArgumentException when the port is out of range
   */
  public static Port udp(int port) {
    return new Port(check(port) + "/udp");
  }

  /**
   * A range of TCP ports.
   *
   * @param from the first port, from 1 to 65535
   * @param to the last port, included, not below {@code from}
   * @return the range, such as {@code 8000-8010}
   * @throws IllegalArgumentException when a port is out of range or {@code from} is above {@code to}
   */
  public static Port range(int from, int to) {
    if (check(from) > check(to)) {
      throw new IllegalArgumentException("not a valid port range: " + from + "-" + to);
    }
    return new Port(from + "-" + to);
  }

  /**
   * Reads {@code port[-port][/protocol]}, as EXPOSE takes it.
   *
   * @param text such as {@code 8080}, {@code 53/udp}, {@code 8000-8010/tcp} or {@code ${PORT}}
   * @return the port, with the text kept as written
   * @throws IllegalArgumentException when EXPOSE would not accept the text
   */
  public static Port parse(String text) {
    return new Port(text);
  }

  private static int check(int port) {
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("not a valid port: " + port);
    }
    return port;
  }

  /**
   * Whether EXPOSE accepts the text as a port: a port or range from 0 to 65535 with an optional protocol
   * (in any case), or a word with build argument references.
   *
   * @param text the text to check, not null
   * @return true for {@code "8080"}, {@code "53/UDP"} or {@code "$PORT"}; false for {@code ""} or {@code "http"}
   */
  public static boolean isValid(String text) {
    if (text.isEmpty()) {
      return false;
    }
    if (text.indexOf('$') >= 0) {
      try {
        Values.requireToken(text, "port");
        return true;
      } catch (IllegalArgumentException e) {
        return false;
      }
    }
    String number = text;
    int slash = text.indexOf('/');
    if (slash >= 0) {
      String proto = text.substring(slash + 1).toLowerCase(Locale.ROOT);
      if (!(proto.equals("tcp") || proto.equals("udp") || proto.equals("sctp"))) {
        return false;
      }
      number = text.substring(0, slash);
    }
    int dash = number.indexOf('-');
    if (dash >= 0) {
      return isPortNumber(number.substring(0, dash)) && isPortNumber(number.substring(dash + 1))
          && Integer.parseInt(number.substring(0, dash)) <= Integer.parseInt(number.substring(dash + 1));
    }
    return isPortNumber(number);
  }

  private static boolean isPortNumber(String s) {
    if (s.isEmpty() || s.length() > 5 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return false;
    }
    int n = Integer.parseInt(s);
    return n >= 0 && n <= 65535;
  }

  /**
   * Whether this is a range of ports.
   *
   * @return true for {@code 8000-8010}, false for {@code 8080/tcp}
   */
  public boolean isRange() {
    int slash = text.indexOf('/');
    return (slash >= 0 ? text.substring(0, slash) : text).indexOf('-') >= 0;
  }

  @Override
  public String toString() {
    return text;
  }
}
