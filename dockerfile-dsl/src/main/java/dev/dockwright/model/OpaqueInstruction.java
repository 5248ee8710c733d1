package dev.dockwright.model;

/**
 * An instruction kept as text because it could not be typed: an unknown instruction or flag, read in lenient
 * mode. Nothing is lost: it renders back exactly as read. {@code arguments} is everything after the keyword,
 * heredoc bodies included, as written.
 *
 * <pre>{@code
 * new OpaqueInstruction("COPY", "--doit=true foo /tmp/")
 * }</pre>
 */
public record OpaqueInstruction(String keyword, String arguments) implements Instruction {
  public OpaqueInstruction {
    java.util.Objects.requireNonNull(keyword, "keyword");
    if (keyword.isEmpty() || keyword.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("not a valid keyword: " + Quoted.of(keyword));
    }
    java.util.Objects.requireNonNull(arguments, "arguments");
  }
}
