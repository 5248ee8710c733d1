package dev.dockwright.model;

/**
 * An empty line between instructions, kept so that layout survives a parse and a render. All instances are
 * equal; use {@link #INSTANCE}.
 *
 * <pre>{@code
 * BlankLine.INSTANCE
 * }</pre>
 */
public record BlankLine() implements Element {
  /** The one blank line; all blank lines are equal. */
  public static final BlankLine INSTANCE = new BlankLine();
}
