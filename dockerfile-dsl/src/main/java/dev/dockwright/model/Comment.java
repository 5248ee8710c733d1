package dev.dockwright.model;

/**
 * A comment line. {@code text} is what follows the {@code #}, verbatim (usually starting with a space).
 *
 * <pre>{@code
 * Comment.of("build stage")   // renders as "# build stage"
 * }</pre>
 */
public record Comment(String text) implements Element {
  public Comment {
    Values.requireSingleLine(text, "comment");
  }

  /** A comment whose rendered form is {@code # text}. */
  public static Comment of(String text) {
    return new Comment(text.isEmpty() ? "" : " " + text);
  }
}
