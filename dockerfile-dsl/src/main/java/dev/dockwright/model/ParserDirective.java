package dev.dockwright.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A parser directive at the very top of a Dockerfile: {@code # syntax=docker/dockerfile:1},
 * {@code # escape=`}, {@code # check=skip=JSONArgsRecommended}.
 *
 * <pre>{@code
 * ParserDirective.syntax("docker/dockerfile:1")   // # syntax=docker/dockerfile:1
 * ParserDirective.escape('`')                     // # escape=`
 * }</pre>
 *
 * @param name {@code syntax}, {@code escape} or {@code check}, in any case
 * @param value the text after {@code =}: not empty, on one line, without surrounding blanks; for
 *     {@code escape}, {@code \} or a backtick
 */
public record ParserDirective(String name, String value) {
  /**
   * Checks the directive.
   *
   * @param name {@code syntax}, {@code escape} or {@code check}, in any case
   * @param value the text after {@code =}: not empty, on one line, without surrounding blanks; for
   *     {@code escape}, {@code \} or a backtick
   * @throws NullPointerException when the name or the value is null
   * @throws IllegalArgumentException when the name is not one BuildKit knows, the value is empty, holds a line
   *     break or surrounding blanks, or an escape is other than {@code \} or a backtick
   */
  public ParserDirective {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    if (!isName(name)) {
      throw new IllegalArgumentException("not a valid directive name: " + Quoted.of(name));
    }
    // BuildKit reads any other "# name=value" as a comment, and stops reading directives there.
    String known = name.toLowerCase(Locale.ROOT);
    if (!(known.equals("syntax") || known.equals("escape") || known.equals("check"))) {
      throw new IllegalArgumentException(
          "not a parser directive: " + Quoted.of(name) + " (syntax, escape or check)");
    }
    Values.requireSingleLine(value, "directive value");
    // BuildKit reads "# name=value" with value (.+?)\s*$ after =\s*: an empty value makes the line a comment,
    // and surrounding whitespace would be dropped.
    if (value.isEmpty() || isSpace(value.charAt(0)) || isSpace(value.charAt(value.length() - 1))) {
      throw new IllegalArgumentException("not a valid directive value: " + Quoted.of(value));
    }
    if (name.equalsIgnoreCase("escape") && !(value.equals("\\") || value.equals("`"))) {
      throw new IllegalArgumentException("invalid escape token: " + Quoted.of(value) + " (must be ` or \\)");
    }
  }

  private static boolean isName(String name) {
    if (name.isEmpty() || !Character.isLetter(name.charAt(0)) || name.charAt(0) > 127) {
      return false;
    }
    for (int i = 1; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-'))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\f';
  }

  /**
   * {@code # syntax=<frontend image>}: the frontend that reads the file.
   *
   * @param frontend the frontend image, such as {@code docker/dockerfile:1}
   * @return the directive
   * @throws IllegalArgumentException when the image is empty or not on one line
   */
  public static ParserDirective syntax(String frontend) {
    return new ParserDirective("syntax", frontend);
  }

  /**
   * {@code # escape=\} or {@code # escape=`}: the character that escapes and continues lines.
   *
   * @param escape {@code '\\'} or {@code '`'}
   * @return the directive
   * @throws IllegalArgumentException for any other character
   */
  public static ParserDirective escape(char escape) {
    return new ParserDirective("escape", String.valueOf(escape));
  }

  /**
   * {@code # check=<value>}: which build checks BuildKit runs or skips.
   *
   * @param value such as {@code skip=JSONArgsRecommended} or {@code error=true}
   * @return the directive
   * @throws IllegalArgumentException when the value is empty or not on one line
   */
  public static ParserDirective check(String value) {
    return new ParserDirective("check", value);
  }

  /**
   * The name in lower case, as BuildKit compares it.
   *
   * @return {@code "syntax"}, {@code "escape"} or {@code "check"}
   */
  public String normalizedName() {
    return name.toLowerCase(Locale.ROOT);
  }
}
