package dev.dockwright.parser.syntax;

import java.util.Arrays;

/**
 * Turns char offsets of a source text into 1-based lines and columns ({@code \n} separates lines; a byte order
 * mark at offset 0 takes no column).
 *
 * <pre>{@code
 * LineIndex index = new LineIndex("FROM a\nRUN b\n");
 * index.span(7, 13)   // 2:1-2:6 [7,13)
 * }</pre>
 *
 * <p>The parser knows which physical line each offset it makes a span of lies on, so it passes that line as a
 * hint: a correct hint is checked in constant time, a wrong one (or {@code -1}) falls back to a binary search.
 * A hint never changes the result, only how fast it is found.
 */
final class LineIndex {

    private final String source;
    /** Start offset of each line; a text ending with {@code \n} has a last, empty line starting at its length. */
    private final int[] lineStarts;
    private final int lines;
    private final boolean bom;

    LineIndex(String source) {
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int nl = source.indexOf('\n'); nl >= 0; nl = source.indexOf('\n', nl + 1)) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
            }
            starts[count++] = nl + 1;
        }
        this.source = source;
        this.bom = source.startsWith("\uFEFF");
        this.lineStarts = starts;
        this.lines = count;
    }

    /**
     * An index over line starts already found by the caller: {@code lineStarts[0..lines)} must be 0 and the
     * offset after each {@code \n} of {@code source}, in order. The array is not copied; nobody may change it.
     */
    LineIndex(String source, int[] lineStarts, int lines) {
        this.source = source;
        this.bom = source.startsWith("\uFEFF");
        this.lineStarts = lineStarts;
        this.lines = lines;
    }

    /** 1-based line of {@code offset}. */
    int line(int offset) {
        return lineIndexOf(offset, -1) + 1;
    }

    /** 1-based column of {@code offset} on its line. */
    int column(int offset) {
        return column(offset, lineIndexOf(offset, -1));
    }

    /** 0-based line of {@code offset}: the last line starting at or before it; {@code hint} is tried first. */
    private int lineIndexOf(int offset, int hint) {
        if (hint >= 0 && hint < lines && lineStarts[hint] <= offset
                && (hint + 1 == lines || offset < lineStarts[hint + 1])) {
            return hint;
        }
        int i = Arrays.binarySearch(lineStarts, 0, lines, offset);
        return i >= 0 ? i : -i - 2;
    }

    /** 1-based column of {@code offset}, which is on the 0-based line {@code line}. */
    private int column(int offset, int line) {
        int column = offset - lineStarts[line] + 1;
        if (line == 0 && bom && offset > 0) {
            column--;
        }
        return column;
    }

    /** A span over {@code [start, end)}; its end position excludes the line terminator ending the range. */
    SourceSpan span(int start, int end) {
        return span(start, -1, end, -1);
    }

    /**
     * A span over {@code [start, end)}, with the 0-based lines where the start and the last character probably
     * are ({@code -1}: unknown). Same result as {@link #span(int, int)}.
     */
    SourceSpan span(int start, int startLineHint, int end, int endLineHint) {
        int visibleEnd = end;
        if (visibleEnd > start && source.charAt(visibleEnd - 1) == '\n') {
            visibleEnd--;
        }
        while (visibleEnd > start && source.charAt(visibleEnd - 1) == '\r') {
            visibleEnd--;
        }
        int startLine = lineIndexOf(start, startLineHint);
        int endLine = lineIndexOf(visibleEnd, endLineHint);
        return new SourceSpan(start, end, startLine + 1, column(start, startLine), endLine + 1,
                column(visibleEnd, endLine));
    }
}
