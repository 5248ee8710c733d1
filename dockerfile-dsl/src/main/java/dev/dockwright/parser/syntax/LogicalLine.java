package dev.dockwright.parser.syntax;

import java.util.Arrays;

/**
 * An instruction's text after joining its continued physical lines: the range {@code [start(), end())} of
 * {@link #text()}, with a map from each of its characters back to the source offset it came from (segments of
 * consecutive characters share one entry) and to the physical line it is on. An instruction on one physical
 * line is not copied: its text is the source itself, and its indexes are source offsets. The pieces of a
 * continued line are joined only when its text is first asked for.
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

    private final String source;
    private String text; // for joined lines, made on first use (benign race: a String)
    // start, end and line are not final: the builder reuses one instance for every line of one piece (see
    // Builder#build); a joined line is never changed once built.
    private int start;
    private int end;
    private final int[] segmentData; // null for one segment (or none): then offsets are source offsets
    private final int segments;
    private int line; // the physical line of the only segment

    private LogicalLine(String source, String text, int start, int end, int[] segmentData, int segments, int line) {
        this.source = source;
        this.text = text;
        this.start = start;
        this.end = end;
        this.segmentData = segmentData;
        this.segments = segments;
        this.line = line;
    }

    /** The line of one piece, {@code source[start, end)} on the 0-based physical line {@code line}. */
    static LogicalLine single(String source, int start, int end, int line) {
        return new LogicalLine(source, source, start, end, null, 1, line);
    }

    /** Whether the line is one piece of the source (not joined, not empty). */
    boolean isSingle() {
        return segmentData == null && segments == 1;
    }

    /**
     * The text holding the logical line: the joined lines, or the whole source for a line not continued. The
     * joined lines are copied only when first asked for: a continued shell-form RUN is read without them.
     */
    String text() {
        String result = text;
        if (result == null) {
            StringBuilder sb = new StringBuilder(end);
            for (int at = 0; at < segments * STRIDE; at += STRIDE) {
                sb.append(source, segmentData[at + 1], segmentData[at + 2]);
            }
            result = sb.toString();
            text = result;
        }
        return result;
    }

    /** Whether the line was joined from several pieces of the source (its text is not the source itself). */
    boolean isJoined() {
        return segmentData != null;
    }

    /** The number of pieces of source the line was joined from. */
    int segments() {
        return segments;
    }

    /** Source offset where piece {@code i} starts. */
    int segmentSourceStart(int i) {
        return segmentData == null ? start : segmentData[i * STRIDE + 1];
    }

    /** Source offset where piece {@code i} ends. */
    int segmentSourceEnd(int i) {
        return segmentData == null ? end : segmentData[i * STRIDE + 2];
    }

    /** Logical index where piece {@code i} starts. */
    int segmentStart(int i) {
        return segmentData == null ? start : segmentData[i * STRIDE];
    }

    /** Where the logical line starts in {@link #text()}. */
    int start() {
        return start;
    }

    /** Where the logical line ends in {@link #text()}. */
    int end() {
        return end;
    }

    /** Source offset of the logical character at {@code index} ({@code start <= index < end}). */
    int sourceOffset(int index) {
        if (segmentData == null) {
            requireSegment(index);
            return index;
        }
        int at = segment(index) * STRIDE;
        return segmentData[at + 1] + (index - segmentData[at]);
    }

    /** 0-based physical line of the logical character at {@code index} ({@code start <= index < end}). */
    int sourceLine(int index) {
        if (segmentData == null) {
            requireSegment(index);
            return line;
        }
        return segmentData[segment(index) * STRIDE + 3];
    }

    private void requireSegment(int index) {
        if (segments == 0) {
            throw new ArrayIndexOutOfBoundsException(index);
        }
    }

    /** The segment holding logical index {@code index}: the last one starting at or before it. */
    private int segment(int index) {
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

    /**
     * Collects the pieces of source text that make up one logical line. One builder serves all the instructions
     * of a file: {@link #build()} leaves it empty for the next.
     */
    static final class Builder {
        private final String source;
        private int[] data = new int[4 * STRIDE];
        private int segments;
        private int length;
        private final LogicalLine single; // reused: the caller keeps no line of one piece past the next build

        Builder(String source) {
            this.source = source;
            this.single = LogicalLine.single(source, 0, 0, 0);
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

        /**
         * The line of the pieces added since the last build. A line of one piece is the builder's own instance,
         * changed by the next build: keep {@link LogicalLine#single} of it instead.
         */
        LogicalLine build() {
            LogicalLine built;
            if (segments == 0) {
                built = new LogicalLine(source, "", 0, 0, null, 0, 0);
            } else if (segments == 1) {
                built = single;
                built.start = data[1];
                built.end = data[2];
                built.line = data[3];
            } else {
                // the text is joined when first asked for
                built = new LogicalLine(source, null, 0, length, Arrays.copyOf(data, segments * STRIDE), segments, 0);
            }
            segments = 0;
            length = 0;
            return built;
        }
    }
}
