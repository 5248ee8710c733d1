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
 */
public final class Comment extends LineItem implements SyntaxItem {

    /**
     * A comment line.
     *
     * @param text the line as written, line terminator included
     * @param span where the line is
     * @throws NullPointerException when the text or the span is null
     */
    public Comment(String text, SourceSpan span) {
        super(text, span);
    }

    /** The line {@code source[start, end)}, 0-based line {@code line}, its text and span made when first asked for. */
    Comment(String source, LineIndex index, int start, int end, int line) {
        super(source, index, start, end, line);
    }

    /**
     * The comment's words.
     *
     * @return the text after the {@code #}, surrounding blanks and the line terminator removed; empty for a bare
     *     {@code #}
     */
    public String content() {
        String text = text();
        return GoText.trimSpace(text.substring(text.indexOf('#') + 1));
    }
}
