package dev.dockwright.parser.syntax;

import java.util.Objects;

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
        super(null, span, Objects.requireNonNull(text, "text"));
    }

    /** The line {@code span} of {@code source}, its text cut when first asked for. */
    BlankLine(SourceSpan span, String source) {
        super(source, span, null);
    }
}
