package dev.dockwright.parser.syntax;

/**
 * A comment line outside any instruction: its first non-blank character is {@code #}. Comment lines inside an
 * instruction's continuation or inside a heredoc body belong to that {@link Instruction}'s text instead.
 *
 * <pre>{@code
 * // "  # install deps\n"
 * Comment c = (Comment) tree.items().get(0);
 * c.content();   // "install deps"
 * }</pre>
 *
 * @param text the line as written, line terminator included
 * @param span where the line is
 */
public record Comment(String text, SourceSpan span) implements SyntaxItem {

    /**
     * The text after the {@code #}, surrounding blanks and the line terminator removed.
     *
     * @return {@code "install deps"} for {@code "  # install deps\n"}; {@code ""} for a bare {@code #}
     */
    public String content() {
        return GoText.trimSpace(text.substring(text.indexOf('#') + 1));
    }
}
