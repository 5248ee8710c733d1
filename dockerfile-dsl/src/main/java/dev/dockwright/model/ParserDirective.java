package dev.dockwright.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A parser directive at the very top of a Dockerfile: {@code # syntax=docker/dockerfile:1},
 * {@code # escape=`}, {@code # check=skip=JSONArgsRecommended}.
 *
 * <pre>{@code
 * ParserDirective.syntax("docker/dockerfile:1")
 * }</pre>
 */
public record ParserDirective(String name, String value) {
  public ParserDirective {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    if (!name.matches("[A-Za-z][A-Za-z0-9_-]*")) {
      throw new IllegalArgumentException("not a valid directive name: " + Quoted.of(name));
    }
    Values.requireSingleLine(value, "directive value");
    if (name.equalsIgnoreCase("escape") && !(value.equals("\\") || value.equals("`"))) {
      throw new IllegalArgumentException("invalid escape token: " + Quoted.of(value) + " (must be ` or \\)");
    }
  }

  /** {@code # syntax=<frontend image>}. */
  public static ParserDirective syntax(String frontend) {
    return new ParserDirective("syntax", frontend);
  }

  /** {@code # escape=\} or {@code # escape=`}. */
  public static ParserDirective escape(char escape) {
    return new ParserDirective("escape", String.valueOf(escape));
  }

  /** {@code # check=<value>}. */
  public static ParserDirective check(String value) {
    return new ParserDirective("check", value);
  }

  /** The name in lower case, as BuildKit compares it. */
  public String normalizedName() {
    return name.toLowerCase(Locale.ROOT);
  }
}
