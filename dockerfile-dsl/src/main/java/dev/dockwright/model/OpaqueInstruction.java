package dev.dockwright.model;

/**
 * An instruction kept as text because it could not be typed: an unknown instruction or flag, read in lenient
 * mode. Nothing is lost: it renders back exactly as read.
 *
 * <pre>{@code
 * new OpaqueInstruction("COPY", "--doit=true foo /tmp/")   // COPY --doit=true foo /tmp/
 * }</pre>
 *
 * @param keyword the keyword as read, not empty, without blanks
 * @param arguments everything after the keyword, heredoc bodies included, as written; may be empty
 */
public record OpaqueInstruction(String keyword, String arguments) implements Instruction {
  /**
   * Checks the keyword.
   *
   * @param keyword the keyword as read, not empty, without blanks
   * @param arguments everything after the keyword, heredoc bodies included, as written; may be empty
   * @throws NullPointerException when the keyword or the arguments are null
   * @throws IllegalArgumentException when the keyword is empty or holds a blank
   */
  public OpaqueInstruction {
    java.util.Objects.requireNonNull(keyword, "keyword");
    if (keyword.isEmpty() || keyword.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("not a valid keyword: " + Quoted.of(keyword));
    }
    java.util.Objects.requireNonNull(arguments, "arguments");
  }
}
