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

    /** Per segment, {@link #STRIDE} ints: logical start, source start, source end, physical line. */
    private static final int STRIDE = 4;

    private final String text;
    private final int[] segmentData;
    private final int segments;

    private LogicalLine(String text, int[] segmentData, int segments) {
        this.text = text;
        this.segmentData = segmentData;
        this.segments = segments;
    }

    String text() {
        return text;
    }

    /** Source offset of the logical character at {@code index} ({@code 0 <= index < length}). */
    int sourceOffset(int index) {
        int at = segment(index) * STRIDE;
        return segmentData[at + 1] + (index - segmentData[at]);
    }

    /** 0-based physical line of the logical character at {@code index} ({@code 0 <= index < length}). */
    int sourceLine(int index) {
        return segmentData[segment(index) * STRIDE + 3];
    }

    /** The segment holding logical index {@code index}: the last one starting at or before it. */
    private int segment(int index) {
        if (segments == 0) {
            throw new ArrayIndexOutOfBoundsException(index);
        }
        int low = 0;
        int high = segments - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (segmentData[mid * STRIDE] <= index) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low;
    }

    /** Collects the pieces of source text that make up one logical line. */
    static final class Builder {
        private final String source;
        private int[] data = new int[2 * STRIDE];
        private int segments;
        private int length;

        Builder(String source) {
            this.source = source;
        }

        /** Adds {@code source[sourceStart, sourceEnd)}, which lies on the 0-based physical line {@code line}. */
        void append(int sourceStart, int sourceEnd, int line) {
            if (sourceEnd <= sourceStart) {
                return; // an empty piece maps nothing
            }
            int at = segments * STRIDE;
            if (at == data.length) {
                data = Arrays.copyOf(data, data.length * 2);
            }
            data[at] = length;
            data[at + 1] = sourceStart;
            data[at + 2] = sourceEnd;
            data[at + 3] = line;
            segments++;
            length += sourceEnd - sourceStart;
        }

        LogicalLine build() {
            String text;
            if (segments == 0) {
                text = "";
            } else if (segments == 1) {
                text = source.substring(data[1], data[2]);
            } else {
                // the pieces are all known now: copy each once into a buffer of the exact size
                StringBuilder sb = new StringBuilder(length);
                for (int at = 0; at < segments * STRIDE; at += STRIDE) {
                    sb.append(source, data[at + 1], data[at + 2]);
                }
                text = sb.toString();
            }
            return new LogicalLine(text, data, segments);
        }
    }
}
