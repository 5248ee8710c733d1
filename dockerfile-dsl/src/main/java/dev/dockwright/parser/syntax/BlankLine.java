package dev.dockwright.parser.syntax;

/**
 * A line that holds only blanks, outside any instruction (blank lines inside a continuation belong to the
 * instruction, see {@link Instruction#emptyContinuationLines()}).
 *
 * <pre>{@code
 * tree.items().stream().filter(BlankLine.class::isInstance).count();
 * }</pre>
 */
public final class BlankLine extends LineItem implements SyntaxItem {

    /**
     * A blank line.
     *
     * @param text the line as written, line terminator included
     * @param span where the line is
     * @throws NullPointerException when the text or the span is null
     */
    public BlankLine(String text, SourceSpan span) {
        super(text, span);
    }

    /** The line {@code source[start, end)}, 0-based line {@code line}, its text and span made when first asked for. */
    BlankLine(String source, LineIndex index, int start, int end, int line) {
        super(source, index, start, end, line);
    }
}
