package dev.dockwright.parser.syntax;

import java.util.Objects;

/**
 * A one-line item of the tree whose text and span are made only when asked for: most readers (such as the
 * typed level) need its offsets, not a copy of its text nor its lines and columns.
 */
abstract class LineItem {
    // Every field set by a constructor is final, so an item is shared safely like any immutable object; the
    // text and span made on demand are cached in plain fields (benign race: equal immutable values).
    private final String source; // the file's text, or the given text of the line
    private final LineIndex index; // null when the span was given
    private final SourceSpan given; // the span given, else null
    private final int start;
    private final int end;
    private final int line; // 0-based, of a span still to be made
    private SourceSpan span;
    private String text;

    /** An item of the given text and span. */
    LineItem(String text, SourceSpan span) {
        this.source = Objects.requireNonNull(text, "text");
        this.index = null;
        this.given = Objects.requireNonNull(span, "span");
        this.start = span.startOffset();
        this.end = span.endOffset();
        this.line = 0;
    }

    /**
     * The line {@code source[start, end)}, 0-based line {@code line}: its text and span are made when first
     * asked for.
     */
    LineItem(String source, LineIndex index, int start, int end, int line) {
        this.source = source;
        this.index = index;
        this.given = null;
        this.start = start;
        this.end = end;
        this.line = line;
    }

    /**
     * The line as written.
     *
     * @return its text, line terminator included
     */
    public String text() {
        if (index == null) {
            return source;
        }
        String result = text;
        if (result == null) {
            result = source.substring(start, end);
            text = result;
        }
        return result;
    }

    /**
     * Where the line is.
     *
     * @return offsets, line and columns of the line
     */
    public SourceSpan span() {
        if (given != null) {
            return given;
        }
        SourceSpan result = span;
        if (result == null) {
            result = index.span(start, line, end, line);
            span = result;
        }
        return result;
    }

    /**
     * Where the line starts, without working out its line and columns.
     *
     * @return the char index of its first character
     */
    public int startOffset() {
        return start;
    }

    /**
     * Where the line ends, without working out its line and columns.
     *
     * @return the char index just after its line terminator
     */
    public int endOffset() {
        return end;
    }

    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((LineItem) o).text().equals(text())
                && ((LineItem) o).span().equals(span());
    }

    @Override
    public int hashCode() {
        return 31 * text().hashCode() + span().hashCode();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[text=" + text() + ", span=" + span() + "]";
    }
}
