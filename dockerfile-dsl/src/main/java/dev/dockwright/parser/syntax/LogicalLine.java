package dev.dockwright.parser.syntax;

import java.util.Arrays;

/**
 * An instruction's text after joining its continued physical lines, with a map from each of its characters back
 * to the source offset it came from (segments of consecutive characters share one entry) and to the physical
 * line it is on.
 *
 * <pre>{@code
 * LogicalLine.Builder b = new LogicalLine.Builder(source);
 * b.append(0, 6, 0);    // "RUN a " from source[0..6), on line 0
 * b.append(9, 12, 1);   // "  b" from source[9..12), on line 1
 * b.build().sourceOffset(7)  // 10
 * }</pre>
 */
final class LogicalLine {

    private final String text;
    private final int[] segmentLogicalStart;
    private final int[] segmentSourceStart;
    private final int[] segmentLine;
    private final int segments;

    private LogicalLine(String text, int[] logicalStarts, int[] sourceStarts, int[] lines, int segments) {
        this.text = text;
        this.segmentLogicalStart = logicalStarts;
        this.segmentSourceStart = sourceStarts;
        this.segmentLine = lines;
        this.segments = segments;
    }

    String text() {
        return text;
    }

    /** Source offset of the logical character at {@code index} ({@code 0 <= index < length}). */
    int sourceOffset(int index) {
        int i = segment(index);
        return segmentSourceStart[i] + (index - segmentLogicalStart[i]);
    }

    /** 0-based physical line of the logical character at {@code index} ({@code 0 <= index < length}). */
    int sourceLine(int index) {
        return segmentLine[segment(index)];
    }

    private int segment(int index) {
        if (segments == 1) {
            return 0; // most instructions are one physical line
        }
        int i = Arrays.binarySearch(segmentLogicalStart, 0, segments, index);
        return i < 0 ? -i - 2 : i;
    }

    /** Collects the pieces of source text that make up one logical line. */
    static final class Builder {
        private final String source;
        private int[] logicalStarts = new int[4];
        private int[] sourceStarts = new int[4];
        private int[] sourceEnds = new int[4];
        private int[] lines = new int[4];
        private int segments;
        private int length;

        Builder(String source) {
            this.source = source;
        }

        /** Adds {@code source[sourceStart, sourceEnd)}, which lies on the 0-based physical line {@code line}. */
        void append(int sourceStart, int sourceEnd, int line) {
            if (sourceEnd <= sourceStart) {
                return; // an empty piece maps nothing and would break the binary search's uniqueness
            }
            if (segments == logicalStarts.length) {
                logicalStarts = Arrays.copyOf(logicalStarts, segments * 2);
                sourceStarts = Arrays.copyOf(sourceStarts, segments * 2);
                sourceEnds = Arrays.copyOf(sourceEnds, segments * 2);
                lines = Arrays.copyOf(lines, segments * 2);
            }
            logicalStarts[segments] = length;
            sourceStarts[segments] = sourceStart;
            sourceEnds[segments] = sourceEnd;
            lines[segments] = line;
            segments++;
            length += sourceEnd - sourceStart;
        }

        LogicalLine build() {
            String text;
            if (segments == 0) {
                text = "";
            } else if (segments == 1) {
                text = source.substring(sourceStarts[0], sourceEnds[0]);
            } else {
                // the pieces are all known now: copy each once into a buffer of the exact size
                StringBuilder sb = new StringBuilder(length);
                for (int i = 0; i < segments; i++) {
                    sb.append(source, sourceStarts[i], sourceEnds[i]);
                }
                text = sb.toString();
            }
            return new LogicalLine(text, logicalStarts, sourceStarts, lines, segments);
        }
    }
}
