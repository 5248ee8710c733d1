package dev.dockwright.parser.syntax;

/**
 * Where a piece of a Dockerfile sits in its source text.
 *
 * <pre>{@code
 * SourceSpan s = tree.instructions().get(0).span();
 * tree.source().substring(s.startOffset(), s.endOffset());   // the instruction's text, line end included
 * System.out.println(s.startLine() + ":" + s.startColumn());  // 1:1
 * }</pre>
 *
 * <p>Offsets are {@code char} indexes into {@link SyntaxTree#source()}: {@code startOffset} inclusive,
 * {@code endOffset} exclusive; for a whole-line item they include the final line terminator. Lines and columns
 * are 1-based; a column counts {@code char}s from the start of its line (a byte order mark at offset 0 is not
 * counted). {@code endLine}/{@code endColumn} is the position just after the last character, not counting the
 * line terminator that ends the span: a one-line {@code FROM x\n} spans {@code 1:1} to {@code 1:7}, and
 * {@code endLine} of a whole-line item is its last physical line (BuildKit's {@code EndLine}), even when that
 * line is blank. Lines are separated by {@code \n} only, as in BuildKit; {@code \r} characters before it belong
 * to the line terminator.
 *
 * @param startOffset index of the first character
 * @param endOffset   index just after the last character
 * @param startLine   1-based line of the first character
 * @param startColumn 1-based column of the first character
 * @param endLine     1-based line where the span ends (its line terminator excluded)
 * @param endColumn   1-based column just after the span's last character on that line
 */
public record SourceSpan(int startOffset, int endOffset, int startLine, int startColumn, int endLine,
                         int endColumn) {

    /**
     * The covered text of {@code source}.
     *
     * @param source the text the span was taken from, {@link SyntaxTree#source()}
     * @return {@code "FROM x\n"} for the span {@code [0,7)} of an instruction in {@code "FROM x\nRUN a\n"}
     * @throws IndexOutOfBoundsException if the span does not fit {@code source}
     */
    public String textOf(String source) {
        return source.substring(startOffset, endOffset);
    }

    @Override
    public String toString() {
        return startLine + ":" + startColumn + "-" + endLine + ":" + endColumn + " [" + startOffset + ","
                + endOffset + ")";
    }
}
