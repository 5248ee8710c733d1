package dev.dockwright.parser.syntax;

import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * One instruction as BuildKit's parser sees it: keyword, flags, arguments, heredocs, plus where everything is.
 * Its {@link #text()} covers all of its physical lines: continuation lines, comment and blank lines inside the
 * continuation, and heredoc bodies with their terminator lines.
 *
 * <pre>{@code
 * // COPY --chown=app \
 * //      src/ /app/
 * Instruction copy = tree.instructions().get(1);
 * copy.keyword();            // "COPY"
 * copy.lowerCaseKeyword();   // "copy"
 * copy.flags();              // [Flag[text=--chown=app, ...]]
 * copy.arguments();          // [src/, /app/]
 * copy.logicalLine();        // "COPY --chown=app      src/ /app/"
 * copy.span().endLine();     // 3 when the instruction starts on line 2
 * }</pre>
 *
 * <p>{@link #arguments()} is exactly the list of values BuildKit's parser builds for the instruction:
 * <ul>
 * <li>FROM, EXPOSE, and ADD/COPY/VOLUME in shell form: the words, split on blanks;</li>
 * <li>RUN, CMD, ENTRYPOINT, SHELL: the JSON strings in exec form ({@link #jsonForm()}), else one string, the
 *     whole shell text; a malformed JSON array silently falls back to that shell form;</li>
 * <li>ENV, LABEL: triples {@code name, value, separator} where the separator is {@code "="}, or {@code ""} for
 *     the legacy {@code ENV name value} form; quotes and escapes are kept in names and values;</li>
 * <li>ARG: one word per {@code name[=value]}, quotes kept;</li>
 * <li>HEALTHCHECK: the type word ({@code CMD}, {@code NONE}, ...) then the command like CMD;</li>
 * <li>MAINTAINER, STOPSIGNAL, USER, WORKDIR: the whole text as one string;</li>
 * <li>ONBUILD: nothing; the trigger is {@link #onbuildTrigger()};</li>
 * <li>unknown keywords: nothing (the typed level refuses them).</li>
 * </ul>
 */
public final class Instruction implements SyntaxItem {

    private final String source;
    private final LineIndex index;
    // The logical line when joined or empty. A line of one piece (most) is not kept: it is made again from the
    // source and the range below when a span inside it is asked for, and published through a volatile field
    // (its offsets are not final: the parser's builder reuses one such line).
    private final LogicalLine joined;
    private volatile LogicalLine single;
    private final int pieceStart;
    private final int pieceEnd;
    private final int pieceLine; // 0-based; not always the first line ("\\" alone on a line before it)
    // The line parser's result, read in place (its lists belong to this instruction alone: the parser drops
    // the node); a final field, so its values are published with the instruction.
    private final LineParsers.Node node;
    private List<Flag> flags; // with their spans, made on first use (benign race: immutable values)
    private List<String> arguments; // made on first use (benign race: an immutable list)
    private final Instruction onbuildTrigger;
    private final List<Heredoc> heredocs;
    private SourceSpan span; // made on first use from the four below (benign race: equal records)
    private final int startOffset;
    private final int endOffset;
    private final int firstLine; // 0-based
    private final int lastLine;
    private final int[] precedingCommentRanges; // start and end in the source of each, or null for none
    private List<String> precedingComments; // cut on first use (benign race: an immutable list)
    private final List<Integer> emptyContinuationLines;

    Instruction(String source, LineIndex index, LogicalLine logical, LineParsers.Node node, Instruction trigger,
                List<Heredoc> heredocs, int startOffset, int endOffset, int firstLine, int lastLine,
                int[] precedingCommentRanges, List<Integer> emptyContinuationLines) {
        this.source = source;
        this.index = index;
        this.joined = logical.isSingle() ? null : logical;
        this.pieceStart = logical.start();
        this.pieceEnd = logical.end();
        this.pieceLine = logical.isSingle() ? logical.sourceLine(logical.start()) : -1;
        this.node = node;
        this.onbuildTrigger = trigger;
        this.heredocs = heredocs.isEmpty() ? List.of() : Collections.unmodifiableList(heredocs);
        this.startOffset = startOffset;
        this.endOffset = endOffset;
        this.firstLine = firstLine;
        this.lastLine = lastLine;
        this.precedingCommentRanges = precedingCommentRanges;
        this.emptyContinuationLines = emptyContinuationLines.isEmpty()
                ? List.of() : Collections.unmodifiableList(emptyContinuationLines);
    }

    /**
     * The keyword as written.
     *
     * @return such as {@code Run}; empty for a line that held only a continuation character
     */
    public String keyword() {
        return node.keyword;
    }

    /**
     * The keyword in lower case, as BuildKit names its commands.
     *
     * @return such as {@code run}
     */
    public String lowerCaseKeyword() {
        return node.lowerKeyword;
    }

    /**
     * Whether BuildKit's parser knows the keyword (FROM, RUN, ... MAINTAINER, ONBUILD).
     *
     * @return false for a misspelt or unsupported keyword, which the typed level refuses
     */
    public boolean isKnownKeyword() {
        return LineParsers.KNOWN.contains(node.lowerKeyword);
    }

    /**
     * The {@code --flags} between the keyword and the arguments, in order.
     *
     * @return an unmodifiable list; empty when there is none
     */
    public List<Flag> flags() {
        List<Flag> result = flags;
        if (result == null) {
            Flag[] spanned = new Flag[node.flags.size()];
            for (int i = 0; i < spanned.length; i++) {
                LineParsers.FlagWord f = node.flags.get(i);
                spanned[i] = new Flag(f.text(), logicalSpan(index, logical(), f.start(), f.end()));
            }
            result = List.of(spanned);
            flags = result;
        }
        return result;
    }

    /**
     * The flags' texts, as {@link Flag#text()} gives them, without working out where each is written.
     *
     * @return an unmodifiable list, in order; empty when there is none
     */
    public List<String> flagTexts() {
        if (node.flags.isEmpty()) {
            return List.of();
        }
        String[] texts = new String[node.flags.size()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = node.flags.get(i).text();
        }
        return List.of(texts);
    }

    /**
     * The arguments as BuildKit's per-instruction line parser produces them (see the class comment).
     *
     * @return an unmodifiable list, such as {@code [src/, /app/]} for {@code COPY src/ /app/}
     */
    public List<String> arguments() {
        List<String> result = arguments;
        if (result == null) {
            // Always one of the JDK's immutable lists (List12 or ListN): the typed level's calls on argument
            // lists then see at most two classes, which the JIT inlines.
            List<String> cut = node.arguments;
            String shell = node.shellFrom < 0 ? null : logicalText().substring(node.shellFrom, node.shellTo);
            int n = cut.size() + (shell == null ? 0 : 1);
            if (n == 0) {
                result = List.of();
            } else if (n == 1) {
                result = List.of(shell == null ? cut.get(0) : shell);
            } else if (n == 2) {
                result = List.of(cut.get(0), shell == null ? cut.get(1) : shell);
            } else {
                String[] all = cut.toArray(new String[n]);
                if (shell != null) {
                    all[n - 1] = shell;
                }
                result = List.of(all);
            }
            arguments = result;
        }
        return result;
    }

    /**
     * Whether the arguments were a JSON array of strings (exec form), such as {@code CMD ["node", "app.js"]}.
     *
     * @return true for exec form
     */
    public boolean jsonForm() {
        return node.json;
    }

    /**
     * For ONBUILD, the instruction it wraps.
     *
     * @return the trigger, such as {@code RUN make} for {@code ONBUILD RUN make}; empty for other instructions or
     *     when nothing follows ONBUILD
     */
    public Optional<Instruction> onbuildTrigger() {
        return Optional.ofNullable(onbuildTrigger);
    }

    /**
     * The heredocs, in marker order. As in BuildKit, the heredocs of {@code ONBUILD RUN <<EOF} belong to the
     * ONBUILD instruction, not to its trigger.
     *
     * @return an unmodifiable list; empty when the instruction has no heredoc marker
     */
    public List<Heredoc> heredocs() {
        return heredocs;
    }

    /**
     * The instruction on one line, as BuildKit's parser builds it before splitting (its {@code Original}): the
     * first line without leading blanks, continuation characters removed, comment and blank lines inside the
     * continuation dropped, the following lines appended with their leading blanks, no line terminators, no
     * heredoc bodies. For an ONBUILD trigger, the text after ONBUILD and its flags.
     *
     * @return such as {@code COPY --chown=app      src/ /app/} for a COPY continued on a second line
     */
    public String logicalLine() {
        return logicalText().substring(node.start, node.end);
    }

    /**
     * The argument text the line parser received: the logical line after the keyword and the flags, blanks
     * trimmed.
     *
     * @return such as {@code src/ /app/} for {@code COPY --chown=app src/ /app/}; empty when there are no arguments
     */
    public String argumentsText() {
        return logicalText().substring(node.argumentsStart, node.argumentsEnd);
    }

    /**
     * Where the arguments start in the logical line.
     *
     * @return the index of {@link #argumentsText()} in {@link #logicalLine()}
     */
    public int argumentsStart() {
        return node.argumentsStart - node.start;
    }

    /**
     * Where the characters {@code [start, end)} of {@link #logicalLine()} are in the source. The span may cover
     * several physical lines when the range crosses a continuation; an empty range gives an empty span.
     *
     * @param start index in {@link #logicalLine()} of the first character, inclusive
     * @param end index just after the last character
     * @return the span in the source
     * @throws IndexOutOfBoundsException when the range is not within the logical line
     */
    public SourceSpan spanOf(int start, int end) {
        int length = node.end - node.start;
        if (start < 0 || end < start || end > length) {
            throw new IndexOutOfBoundsException("range [" + start + ", " + end + ") outside [0, " + length + ")");
        }
        if (length == 0) {
            return index.span(startOffset, startOffset);
        }
        return logicalSpan(index, logical(), node.start + start, node.start + end);
    }

    /**
     * Where the keyword is written.
     *
     * @return the keyword's span; empty for an instruction without keyword
     */
    public SourceSpan keywordSpan() {
        return spanOf(node.keywordStart - node.start, node.keywordEnd - node.start);
    }

    /**
     * Where the arguments text is written.
     *
     * @return the span of {@link #argumentsText()}; an empty span right after the keyword or flags when there is
     *     none
     */
    public SourceSpan argumentsSpan() {
        return spanOf(node.argumentsStart - node.start, node.argumentsEnd - node.start);
    }

    /**
     * The comment lines just before this instruction, as BuildKit collects them for stage descriptions and
     * {@code # check} comments: the line's text after its first character, trimmed (so an indented comment keeps
     * its {@code #}, as in BuildKit); a bare {@code #} line clears the list; blank lines do not; parser directives
     * are not included. Empty for an ONBUILD trigger.
     *
     * @return an unmodifiable list, oldest line first, such as {@code [build the app]}
     */
    public List<String> precedingComments() {
        List<String> result = precedingComments;
        if (result == null) {
            if (precedingCommentRanges == null) {
                result = List.of();
            } else {
                String[] texts = new String[precedingCommentRanges.length / 2];
                for (int i = 0; i < texts.length; i++) {
                    texts[i] = source.substring(precedingCommentRanges[2 * i], precedingCommentRanges[2 * i + 1]);
                }
                result = List.of(texts);
            }
            precedingComments = result;
        }
        return result;
    }

    /**
     * The blank lines inside the continuation, which BuildKit warns about (NoEmptyContinuation).
     *
     * @return their 1-based line numbers, in order; empty when there is none
     */
    public List<Integer> emptyContinuationLines() {
        return emptyContinuationLines;
    }

    /**
     * For a tree item, all of its physical lines; for an ONBUILD trigger, the source from its keyword to its last
     * character.
     */
    @Override
    public String text() {
        return source.substring(startOffset, endOffset);
    }

    @Override
    public SourceSpan span() {
        SourceSpan result = span;
        if (result == null) {
            result = index.span(startOffset, firstLine, endOffset, lastLine);
            span = result;
        }
        return result;
    }

    @Override
    public int startOffset() {
        return startOffset;
    }

    @Override
    public int endOffset() {
        return endOffset;
    }

    /**
     * Whether the instruction and its heredoc bodies fit on one physical line: {@code span().startLine() ==
     * span().endLine()}, without working out columns.
     *
     * @return false for a continued instruction or one with a heredoc
     */
    public boolean isOneLine() {
        return firstLine == lastLine;
    }

    @Override
    public String toString() {
        SourceSpan where = span();
        return "Instruction[" + where.startLine() + ":" + where.startColumn() + " " + logicalLine() + "]";
    }

    /** The text the logical line's indexes are in: the source itself for a line of one piece. */
    private String logicalText() {
        return joined != null ? joined.text() : source;
    }

    private LogicalLine logical() {
        if (joined != null) {
            return joined;
        }
        LogicalLine l = single;
        if (l == null) {
            l = LogicalLine.single(source, pieceStart, pieceEnd, pieceLine);
            single = l;
        }
        return l;
    }

    static SourceSpan logicalSpan(LineIndex index, LogicalLine logical, int start, int end) {
        // each logical character knows its physical line: the line index only checks it, no search
        if (end <= start) {
            int last = start < logical.end() ? start : start - 1;
            int at = logical.sourceOffset(last) + (last == start ? 0 : 1);
            int line = logical.sourceLine(last);
            return index.span(at, line, at, line);
        }
        return index.span(logical.sourceOffset(start), logical.sourceLine(start),
                logical.sourceOffset(end - 1) + 1, logical.sourceLine(end - 1));
    }
}
