package dev.dockwright.parser.syntax;

import java.util.Objects;

/**
 * A one-line item of the tree whose text is cut from the source only when asked for: most readers (such as the
 * typed level) need its span, not a copy of its text.
 */
abstract class LineItem {
    private final String source;
    private final SourceSpan span;
    private String text; // cut on first use (benign race: a String)

    /**
     * An item whose text is given, or (text null) cut from {@code source[span.startOffset(), span.endOffset())}
     * when first asked for.
     */
    LineItem(String source, SourceSpan span, String text) {
        this.source = source;
        this.span = Objects.requireNonNull(span, "span");
        this.text = text;
    }

    /**
     * The line as written.
     *
     * @return the line, its terminator included
     */
    public String text() {
        String result = text;
        if (result == null) {
            result = source.substring(span.startOffset(), span.endOffset());
            text = result;
        }
        return result;
    }

    /**
     * Where the line is.
     *
     * @return the line's span
     */
    public SourceSpan span() {
        return span;
    }

    /** Equal for an item of the same kind with the same text and span, as a record would be. */
    @Override
    public boolean equals(Object o) {
        return o != null && o.getClass() == getClass() && ((LineItem) o).text().equals(text())
                && ((LineItem) o).span.equals(span);
    }

    @Override
    public int hashCode() {
        return 31 * text().hashCode() + span.hashCode();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[text=" + text() + ", span=" + span + "]";
    }
}
