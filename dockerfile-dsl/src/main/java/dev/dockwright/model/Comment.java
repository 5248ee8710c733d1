package dev.dockwright.model;

/**
 * A comment line.
 *
 * <pre>{@code
 * Comment.of("build stage")   // renders as "# build stage"
 * new Comment("!keep")        // renders as "#!keep"
 * }</pre>
 *
 * @param text what follows the {@code #}, verbatim, usually starting with a space; may be empty
 */
public record Comment(String text) implements Element {
  /**
   * Checks the text.
   *
   * @param text what follows the {@code #}, verbatim, usually starting with a space; may be empty
   * @throws NullPointerException when the text is null
   * @throws IllegalArgumentException when the text holds a line break
   */
  public Comment {
    Values.requireSingleLine(text, "comment");
  }

  /**
   * A comment written with one space after the {@code #}.
   *
   * @param text the comment's words, on one line; empty for a bare {@code #}
   * @return a comment that renders as {@code # text}
   * @throws IllegalArgumentException when the text holds a line break
   */
  public static Comment of(String text) {
    return new Comment(text.isEmpty() ? "" : " " + text);
  }
}
