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
 */
final class LineIndex {

    private final String source;
    private final int[] lineStarts;
    private final int lines;
    private final boolean bom;

    LineIndex(String source) {
        this.source = source;
        this.bom = source.startsWith("\uFEFF");
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < source.length(); i++) {
            if (source.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = starts;
        this.lines = count;
    }

    /** 1-based line of {@code offset}. */
    int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, 0, lines, offset);
        return i >= 0 ? i + 1 : -i - 1;
    }

    /** 1-based column of {@code offset} on its line. */
    int column(int offset) {
        int line = line(offset);
        int column = offset - lineStarts[line - 1] + 1;
        if (line == 1 && bom && offset > 0) {
            column--;
        }
        return column;
    }

    /** A span over {@code [start, end)}; its end position excludes the line terminator ending the range. */
    SourceSpan span(int start, int end) {
        int visibleEnd = end;
        if (visibleEnd > start && source.charAt(visibleEnd - 1) == '\n') {
            visibleEnd--;
        }
        while (visibleEnd > start && source.charAt(visibleEnd - 1) == '\r') {
            visibleEnd--;
        }
        return new SourceSpan(start, end, line(start), column(start), line(visibleEnd), column(visibleEnd));
    }
}
