package dev.dockwright.model;

import java.util.Objects;

/**
 * A file mode for {@code --chmod} and mount {@code mode=}: octal ({@code 0755}, {@code 644}) or, for
 * {@code --chmod}, symbolic ({@code u=rwx,go=rx}).
 *
 * <pre>{@code
 * FileMode.octal(0755)          // --chmod=0755
 * FileMode.parse("u=rw,go=r")   // --chmod=u=rw,go=r
 * }</pre>
 *
 * @param text an octal mode up to 07777, a symbolic mode as chmod(1) writes it, or a word with build argument
 *     references
 */
public record FileMode(String text) {
  /**
   * Checks the text.
   *
   * @param text an octal mode up to 07777, a symbolic mode as chmod(1) writes it, or a word with build argument
   *     references
   * @throws NullPointerException when the text is null
   * @throws IllegalArgumentException with {@code not a valid file mode: "..."} for any other text
   */
  public FileMode {
    Objects.requireNonNull(text, "text");
    if (!isOctal(text) && !isSymbolic(text) && !hasVariable(text)) {
      throw new IllegalArgumentException("not a valid file mode: " + Quoted.of(text));
    }
  }

  /**
   * An octal mode, written with four digits.
   *
   * @param mode from 0 to 07777, such as {@code 0755} (an octal literal)
   * @return the mode, such as {@code 0755}
   * @throws IllegalArgumentException when the mode is out of range
   */
  public static FileMode octal(int mode) {
    if (mode < 0 || mode > 07777) {
      throw new IllegalArgumentException("not a valid file mode: " + Integer.toOctalString(mode));
    }
    return new FileMode(String.format("%04o", mode));
  }

  /**
   * Reads an octal or symbolic mode.
   *
   * @param text such as {@code 644}, {@code 0755} or {@code u=rwx,go=rx}
   * @return the mode, with the text kept as written
   * @throws IllegalArgumentException when the text is neither
   */
  public static FileMode parse(String text) {
    return new FileMode(text);
  }

  /**
   * Whether this is an octal mode.
   *
   * @return true for {@code 0755}, false for {@code u=rwx}
   */
  public boolean isOctal() {
    return isOctal(text);
  }

  private static boolean hasVariable(String text) {
    if (text.indexOf('$') < 0) {
      return false;
    }
    Values.requireToken(text, "file mode");
    return true;
  }

  private static boolean isOctal(String text) {
    return !text.isEmpty() && text.length() <= 5 && text.chars().allMatch(c -> c >= '0' && c <= '7')
        && Integer.parseInt(text, 8) <= 07777;
  }

  // [ugoa]*[-+=][rwxXst]* clauses joined by commas, as chmod(1) writes them.
  private static boolean isSymbolic(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (String clause : text.split(",", -1)) {
      int i = 0;
      while (i < clause.length() && "ugoa".indexOf(clause.charAt(i)) >= 0) {
        i++;
      }
      if (i >= clause.length()) {
        return false;
      }
      while (i < clause.length()) {
        if ("+-=".indexOf(clause.charAt(i)) < 0) {
          return false;
        }
        i++;
        while (i < clause.length() && "rwxXstugo".indexOf(clause.charAt(i)) >= 0) {
          i++;
        }
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return text;
  }
}
