package dev.dockwright.parser.syntax;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The first level of the Dockerfile parser, equivalent to BuildKit's {@code frontend/dockerfile/parser}: lines,
 * parser directives, comments, continuations, heredocs, and each instruction's keyword, flags and arguments as
 * BuildKit's line parsers split them. It does not check instruction names, flags or argument counts beyond what
 * BuildKit's parser package checks; that is the typed level's job.
 *
 * <pre>{@code
 * SyntaxTree tree = SyntaxParser.parse("FROM alpine\nRUN echo hi\n", "Dockerfile");
 * tree.instructions().get(1).arguments();   // [echo hi]
 * tree.problems();                          // []
 *
 * SyntaxParser.parseStrict("FROM busybox\nENV PATH\n", "Dockerfile");
 * // throws DockerfileSyntaxException: Dockerfile:2:5: ENV must have two arguments
 * }</pre>
 *
 * <p>Parsing never throws for bad input (only {@link #parseStrict} does, by design) and runs in time linear in
 * the size of the text.
 */
public final class SyntaxParser {

    /** BuildKit reads lines with a 64 KiB buffer; a longer line fails the parse. */
    private static final int MAX_LINE_BYTES = 64 * 1024;

    private SyntaxParser() {
    }

    /**
     * Parses {@code source}; problems are collected in the tree, never thrown.
     *
     * @param source   the whole Dockerfile text (a byte order mark, if any, as U+FEFF at index 0)
     * @param fileName the name used in problem messages
     * @return the tree, whose {@link SyntaxTree#problems()} lists what BuildKit's parser refuses
     * @throws NullPointerException if an argument is null
     */
    public static SyntaxTree parse(String source, String fileName) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(fileName, "fileName");
        return new Run(source, fileName).parse();
    }

    /**
     * Parses {@code source} named {@code Dockerfile} in messages.
     *
     * @param source the whole Dockerfile text
     * @return the tree, with its problems
     */
    public static SyntaxTree parse(String source) {
        return parse(source, "Dockerfile");
    }

    /**
     * Parses, then throws when there is any problem.
     *
     * @param source the whole Dockerfile text
     * @param fileName the name used in problem messages
     * @return the tree, which has no problem
     * @throws DockerfileSyntaxException listing all problems
     */
    public static SyntaxTree parseStrict(String source, String fileName) {
        return parse(source, fileName).orThrow();
    }

    /**
     * Reads {@code file} as UTF-8 (malformed bytes become U+FFFD, a byte order mark is kept as U+FEFF) and parses
     * it under its file name.
     *
     * @param file such as {@code Path.of("build/Dockerfile")}; problems name {@code Dockerfile}, its last element
     * @return the tree, with its problems
     * @throws IOException when the file cannot be read
     */
    public static SyntaxTree parse(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .decode(ByteBuffer.wrap(bytes)).toString();
        Path name = file.getFileName();
        return parse(text, name == null ? file.toString() : name.toString());
    }

    /** The state of one parse. */
    private static final class Run {
        private final String src;
        private final LogicalLine.Builder lineBuilder;
        private int nextLessThan = -1; // the first '<' at or after the last place searched (length: none)
        private final String fileName;
        private LineIndex index;
        /**
         * Per physical line, its start offset; one more entry holds the text's length, so line {@code i} ends
         * where line {@code i + 1} starts (line ends included).
         */
        private int[] starts;
        private int lineCount;
        private boolean crlf; // whether a line ends with \r\n
        private final boolean bom;

        private final List<SyntaxItem> items = new ArrayList<>();
        private final List<SyntaxProblem> problems = new ArrayList<>();
        private char escape = '\\';
        private boolean directivesDone;
        private Set<String> directivesSeen; // made at the first directive: most files have none
        /**
         * Comments collected for the next instruction's precedingComments, as ranges of the source (start, end
         * per comment): the instruction cuts the strings only if asked for them.
         */
        private int[] commentRanges = new int[8];
        private int commentCount;
        private int instructionCount;

        Run(String src, String fileName) {
            this.src = src;
            this.lineBuilder = new LogicalLine.Builder(src);
            this.fileName = fileName;
            this.bom = src.startsWith("\uFEFF");
            splitLines();
        }

        private void splitLines() {
            int capacity = 16 + src.length() / 32; // Dockerfile lines average ~35 chars: rarely regrown
            starts = new int[capacity + 1];
            int start = 0;
            int n = src.length();
            while (start < n) {
                int nl = src.indexOf('\n', start);
                if (lineCount == capacity) {
                    capacity *= 2;
                    starts = java.util.Arrays.copyOf(starts, capacity + 1);
                }
                starts[lineCount++] = start;
                if (nl > start && src.charAt(nl - 1) == '\r') {
                    crlf = true;
                }
                start = nl < 0 ? n : nl + 1;
            }
            starts[lineCount] = n;
            // The line index counts one more line when the text ends with \n (or is empty): the empty line
            // after it, starting at the text's length (the entry after the last line already says so).
            int indexLines = lineCount;
            if (n == 0 || src.charAt(n - 1) == '\n') {
                indexLines++;
            }
            index = new LineIndex(src, starts, indexLines);
        }

        /** End offset of a line, its line end included. */
        private int end(int line) {
            return starts[line + 1];
        }

        /** End of a line's content: BuildKit trims any trailing mix of \r and \n from a line. */
        private int contentEnd(int line) {
            int start = starts[line];
            int end = starts[line + 1];
            while (end > start && (src.charAt(end - 1) == '\n' || src.charAt(end - 1) == '\r')) {
                end--;
            }
            return end;
        }

        /** Start of a line's text for parsing: after the byte order mark on the first line. */
        private int textStart(int line) {
            return line == 0 && bom ? 1 : starts[line];
        }

        private void problem(int offset, String message) {
            problems.add(new SyntaxProblem(fileName, index.line(offset), index.column(offset), message));
        }

        SyntaxTree parse() {
            checkLineLengths();
            int line = 0;
            while (line < lineCount) {
                int from = textStart(line);
                int contentEnd = contentEnd(line);
                int first = GoText.skipSpaces(src, from, contentEnd);
                if (!directivesDone && directive(line, first, contentEnd)) {
                    line++;
                    continue;
                }
                directivesDone = true;
                if (first < contentEnd && src.charAt(first) == '#') {
                    rememberComment(from, end(line));
                    items.add(new Comment(src, index, starts[line], end(line), line));
                    line++;
                } else if (first == contentEnd) {
                    items.add(new BlankLine(src, index, starts[line], end(line), line));
                    line++;
                } else {
                    line = instruction(line, first);
                }
            }
            if (instructionCount == 0) {
                int at = lineCount == 0 ? 0 : starts[lineCount - 1];
                problem(at, "file with no instructions");
            }
            if (problems.size() > 1) {
                problems.sort(java.util.Comparator.comparingInt(SyntaxProblem::line)
                        .thenComparingInt(SyntaxProblem::column));
            }
            return new SyntaxTree(fileName, src, items, escape, problems, crlf);
        }

        private SourceSpan lineSpan(int firstLine, int lastLine) {
            return index.span(starts[firstLine], firstLine, end(lastLine), lastLine);
        }

        /** BuildKit fails on a physical line of 64 KiB or more (its scanner's limit, counted in UTF-8 bytes). */
        private void checkLineLengths() {
            for (int line = 0; line < lineCount; line++) {
                int end = end(line);
                if (end > starts[line] && src.charAt(end - 1) == '\n') {
                    end--;
                }
                if ((end - starts[line]) * 3L < MAX_LINE_BYTES) {
                    continue; // too short to reach the limit whatever the characters
                }
                long bytes = 0;
                for (int i = starts[line]; i < end; i++) {
                    char c = src.charAt(i);
                    bytes += c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
                }
                if (bytes >= MAX_LINE_BYTES) {
                    problem(starts[line], "dockerfile line greater than max allowed size of " + (MAX_LINE_BYTES - 1));
                }
            }
        }

        /** BuildKit's comment collection for {@code PrevComment}: the raw line after its first character. */
        private void rememberComment(int from, int end) {
            // GoText.trimSpace of the text after the first character, without the intermediate substring
            int textStart = GoText.skipSpaces(src, Math.min(from + 1, end), end);
            int textEnd = GoText.trimTrailingSpaces(src, textStart, end);
            if (textStart == textEnd) {
                commentCount = 0;
                return;
            }
            if (commentCount * 2 == commentRanges.length) {
                commentRanges = java.util.Arrays.copyOf(commentRanges, commentRanges.length * 2);
            }
            commentRanges[commentCount * 2] = textStart;
            commentRanges[commentCount * 2 + 1] = textEnd;
            commentCount++;
        }

        /**
         * BuildKit's directive rule: {@code #}, blanks, a key {@code [a-zA-Z][a-zA-Z0-9]*}, blanks, {@code =},
         * a non-empty value; the key must be syntax, escape or check. Returns false (ending the directive
         * section) for anything else.
         */
        private boolean directive(int line, int first, int contentEnd) {
            if (first >= contentEnd || src.charAt(first) != '#') {
                return false;
            }
            int p = GoText.skipSpaces(src, first + 1, contentEnd);
            if (p >= contentEnd || !isAsciiLetter(src.charAt(p))) {
                return false;
            }
            int k = p + 1;
            while (k < contentEnd && (isAsciiLetter(src.charAt(k)) || isAsciiDigit(src.charAt(k)))) {
                k++;
            }
            String key = src.substring(p, k).toLowerCase(java.util.Locale.ROOT);
            int q = k;
            while (q < contentEnd && GoText.isRegexSpace(src.charAt(q))) {
                q++;
            }
            if (q >= contentEnd || src.charAt(q) != '=' || q + 1 >= contentEnd) {
                return false;
            }
            int valueStart = q + 1;
            while (valueStart < contentEnd && GoText.isRegexSpace(src.charAt(valueStart))) {
                valueStart++;
            }
            int valueEnd = contentEnd;
            while (valueEnd > valueStart && GoText.isRegexSpace(src.charAt(valueEnd - 1))) {
                valueEnd--;
            }
            if (valueStart == valueEnd) {
                // (.+?) needs one character: with only blanks after '=', the regex takes the last one
                valueStart = contentEnd - 1;
                valueEnd = contentEnd;
            }
            if (!key.equals("syntax") && !key.equals("escape") && !key.equals("check")) {
                return false;
            }
            String value = src.substring(valueStart, valueEnd);
            if (directivesSeen == null) {
                directivesSeen = new HashSet<>(4);
            }
            if (!directivesSeen.add(key)) {
                problem(first, "only one " + key + " parser directive can be used");
            } else if (key.equals("escape")) {
                if (value.equals("`") || value.equals("\\")) {
                    escape = value.charAt(0);
                } else {
                    problem(first, "invalid escape token '" + value + "' does not match ` or \\");
                }
            }
            items.add(new ParserDirective(key, value, src.substring(starts[line], end(line)),
                    lineSpan(line, line)));
            return true;
        }

        private static boolean isAsciiLetter(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }

        private static boolean isAsciiDigit(char c) {
            return c >= '0' && c <= '9';
        }

        /**
         * End of the text of {@code [from, contentEnd)} without a continuation character, or -1 when the line
         * does not continue. BuildKit's rule: the last character other than spaces and tabs is the escape
         * character, and it is not itself preceded by one (or it starts the text).
         */
        private int continuationCut(int from, int contentEnd) {
            int t = contentEnd;
            while (t > from && (src.charAt(t - 1) == ' ' || src.charAt(t - 1) == '\t')) {
                t--;
            }
            if (t > from && src.charAt(t - 1) == escape && (t - 1 == from || src.charAt(t - 2) != escape)) {
                return t - 1;
            }
            return -1;
        }

        /** Reads the instruction starting on {@code firstLine}; returns the line after it. */
        private int instruction(int firstLine, int first) {
            LogicalLine.Builder builder = lineBuilder;
            List<Integer> emptyLines = List.of(); // a real list only when there is a blank line
            int contentEnd = contentEnd(firstLine);
            int cut = continuationCut(first, contentEnd);
            builder.append(first, cut < 0 ? contentEnd : cut, firstLine);
            boolean continued = cut >= 0;
            int line = firstLine + 1;
            while (continued && line < lineCount) {
                int from = starts[line];
                int end = contentEnd(line);
                int nonBlank = GoText.skipSpaces(src, from, end);
                if (nonBlank < end && src.charAt(nonBlank) == '#') {
                    line++; // a comment line inside a continuation is dropped
                    continue;
                }
                if (nonBlank == end) {
                    if (emptyLines.isEmpty()) {
                        emptyLines = new ArrayList<>();
                    }
                    emptyLines.add(line + 1); // so is a blank one (BuildKit warns)
                    line++;
                    continue;
                }
                cut = continuationCut(from, end);
                builder.append(from, cut < 0 ? end : cut, line);
                continued = cut >= 0;
                line++;
            }
            LogicalLine logical = builder.build();
            int logicalStart = logical.start();
            int logicalEnd = logical.end();
            // a continued shell-form RUN (most of a Dockerfile's bytes) is read without joining its lines
            LineParsers.Node node = logical.isJoined() ? LineParsers.continuedShellRun(src, logical) : null;
            if (node == null) {
                node = LineParsers.parse(logical.text(), logicalStart, logicalEnd, escape);
            }
            if (node.error != null) {
                int at = logicalStart == logicalEnd
                        ? first : logical.sourceOffset(Math.min(node.errorIndex, logicalEnd - 1));
                problem(at, node.error);
            }

            List<Heredoc> heredocs = List.of();
            if (mayHaveHeredocs(node) && containsHeredocOperator(logical)) {
                heredocs = new ArrayList<>();
                List<HeredocMarker> markers;
                try {
                    markers = HeredocMarker.inLine(logical.text().substring(logicalStart, logicalEnd));
                } catch (ShellWordLexer.LexException e) {
                    problem(logical.sourceOffset(logicalStart), e.getMessage());
                    markers = List.of();
                }
                boolean reported = false;
                for (HeredocMarker marker : markers) {
                    int bodyFirst = line;
                    StringBuilder content = new StringBuilder();
                    boolean terminated = false;
                    while (line < lineCount) {
                        int from = starts[line];
                        int end = contentEnd(line);
                        if (marker.chomp()) {
                            while (from < end && src.charAt(from) == '\t') {
                                from++;
                            }
                        }
                        boolean isTerminator = end - from == marker.name().length()
                                && src.startsWith(marker.name(), from);
                        if (isTerminator) {
                            terminated = true;
                            line++;
                            break;
                        }
                        content.append(src, starts[line], end(line));
                        line++;
                    }
                    if (!terminated && !reported) {
                        problem(logical.sourceOffset(logicalStart), "unterminated heredoc " + GoText.quote(marker.name())
                                + ": no terminator line before the end of the file");
                        reported = true;
                    }
                    int bodyStart = bodyFirst < lineCount ? starts[bodyFirst] : src.length();
                    int bodyEnd = line > bodyFirst ? end(line - 1) : bodyStart;
                    heredocs.add(new Heredoc(marker.name(), marker.fileDescriptor(), marker.expand(),
                            marker.chomp(), content.toString(),
                            index.span(bodyStart, bodyFirst, bodyEnd, line - 1)));
                }
            }

            int[] precedingComments = commentCount == 0 ? null : java.util.Arrays.copyOf(commentRanges, commentCount * 2);
            commentCount = 0; // the instruction keeps its own copy
            Instruction instruction = build(logical, node, heredocs, firstLine, line - 1, precedingComments, emptyLines);
            instructionCount++;
            items.add(instruction);
            return line;
        }

        /**
         * Whether the logical line holds {@code <<}, looked for in the pieces of source it is joined from (a
         * continued line need not be joined for this). String.indexOf cannot stop at the end of a piece, and
         * searching to the end of the file from every instruction would be quadratic: the next {@code <} is
         * looked up once and remembered until a piece passes it.
         */
        private boolean containsHeredocOperator(LogicalLine logical) {
            int pieces = logical.segments();
            for (int i = 0; i < pieces; i++) {
                int from = logical.segmentSourceStart(i);
                int to = logical.segmentSourceEnd(i);
                if (containsTwoLessThan(from, to)) {
                    return true;
                }
                if (i + 1 < pieces && src.charAt(to - 1) == '<'
                        && src.charAt(logical.segmentSourceStart(i + 1)) == '<') {
                    return true; // "<<" across the join of two pieces
                }
            }
            return false;
        }

        /** Whether {@code src[from, to)} holds {@code <<}; calls come with {@code from} never decreasing. */
        private boolean containsTwoLessThan(int from, int to) {
            int at = from;
            while (true) {
                if (nextLessThan < at) {
                    nextLessThan = src.indexOf('<', at);
                    if (nextLessThan < 0) {
                        nextLessThan = src.length();
                    }
                }
                if (nextLessThan + 1 >= to) {
                    return false;
                }
                if (src.charAt(nextLessThan + 1) == '<') {
                    return true;
                }
                at = nextLessThan + 1;
            }
        }

        /** BuildKit's canContainHeredoc: RUN, COPY, ADD (or an ONBUILD wrapping one) in shell form. */
        private static boolean mayHaveHeredocs(LineParsers.Node node) {
            LineParsers.Node target = node;
            if (node.lowerKeyword.equals("onbuild") && node.nested != null) {
                target = node.nested;
            }
            String k = target.lowerKeyword;
            return !target.json && (k.equals("run") || k.equals("copy") || k.equals("add"));
        }

        /** Builds the instruction and its ONBUILD triggers, innermost first (no recursion). */
        private Instruction build(LogicalLine logical, LineParsers.Node top, List<Heredoc> heredocs, int firstLine,
                                  int lastLine, int[] precedingComments, List<Integer> emptyLines) {
            int start = starts[firstLine];
            int end = end(lastLine);
            if (top.nested == null) {
                return new Instruction(src, index, logical, top, null, heredocs, start, end, firstLine, lastLine,
                        precedingComments, emptyLines);
            }
            List<LineParsers.Node> chain = new ArrayList<>();
            for (LineParsers.Node n = top; n != null; n = n.nested) {
                chain.add(n);
            }
            Instruction inner = null;
            for (int i = chain.size() - 1; i >= 1; i--) {
                LineParsers.Node n = chain.get(i);
                SourceSpan nestedSpan = Instruction.logicalSpan(index, logical, n.keywordStart, n.end);
                inner = new Instruction(src, index, logical, n, inner, List.of(), nestedSpan.startOffset(),
                        nestedSpan.endOffset(), nestedSpan.startLine() - 1, nestedSpan.endLine() - 1, null, List.of());
            }
            return new Instruction(src, index, logical, top, inner, heredocs, start, end, firstLine, lastLine,
                    precedingComments, emptyLines);
        }
    }
}
