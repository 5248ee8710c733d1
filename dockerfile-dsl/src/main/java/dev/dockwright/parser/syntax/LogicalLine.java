package dev.dockwright.parser.syntax;

import java.util.Arrays;

/**
 * An instruction's text after joining its continued physical lines, with a map from each of its characters back
 * to the source offset it came from (segments of consecutive characters share one entry).
 *
 * <pre>{@code
 * LogicalLine.Builder b = new LogicalLine.Builder(source);
 * b.append(0, 6);    // "RUN a " from source[0..6)
 * b.append(9, 12);   // "  b" from source[9..12)
 * b.build().sourceOffset(7)  // 10
 * }</pre>
 */
final class LogicalLine {

    private final String text;
    private final int[] segmentLogicalStart;
    private final int[] segmentSourceStart;
    private final int segments;

    private LogicalLine(String text, int[] logicalStarts, int[] sourceStarts, int segments) {
        this.text = text;
        this.segmentLogicalStart = logicalStarts;
        this.segmentSourceStart = sourceStarts;
        this.segments = segments;
    }

    String text() {
        return text;
    }

    /** Source offset of the logical character at {@code index} ({@code 0 <= index < length}). */
    int sourceOffset(int index) {
        int i = Arrays.binarySearch(segmentLogicalStart, 0, segments, index);
        if (i < 0) {
            i = -i - 2;
        }
        return segmentSourceStart[i] + (index - segmentLogicalStart[i]);
    }

    /** Collects the pieces of source text that make up one logical line. */
    static final class Builder {
        private final String source;
        private final StringBuilder text = new StringBuilder();
        private int[] logicalStarts = new int[4];
        private int[] sourceStarts = new int[4];
        private int segments;

        Builder(String source) {
            this.source = source;
        }

        void append(int sourceStart, int sourceEnd) {
            if (sourceEnd <= sourceStart) {
                return; // an empty piece maps nothing and would break the binary search's uniqueness
            }
            if (segments == logicalStarts.length) {
                logicalStarts = Arrays.copyOf(logicalStarts, segments * 2);
                sourceStarts = Arrays.copyOf(sourceStarts, segments * 2);
            }
            logicalStarts[segments] = text.length();
            sourceStarts[segments] = sourceStart;
            segments++;
            text.append(source, sourceStart, sourceEnd);
        }

        LogicalLine build() {
            return new LogicalLine(text.toString(), logicalStarts, sourceStarts, segments);
        }
    }
}
