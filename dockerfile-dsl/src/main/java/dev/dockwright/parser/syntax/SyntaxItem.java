package dev.dockwright.parser.syntax;

/**
 * One piece of a Dockerfile at the syntax level. The items of a {@link SyntaxTree} cover the source exactly once
 * and in order, so joining their texts gives the source back.
 *
 * <pre>{@code
 * for (SyntaxItem item : tree.items()) {
 *     if (item instanceof Instruction instruction) {
 *         System.out.println(instruction.keyword());
 *     } else if (item instanceof Comment comment) {
 *         System.out.println("# " + comment.content());
 *     }
 * }
 * String same = tree.items().stream().map(SyntaxItem::text).collect(Collectors.joining());
 * }</pre>
 */
public sealed interface SyntaxItem permits ParserDirective, Comment, BlankLine, Instruction {

    /**
     * The exact source text of the item.
     *
     * @return all its physical lines, including the line terminator of its last line (when there is one)
     */
    String text();

    /**
     * Where the item is in the source.
     *
     * @return offsets, lines and columns of the item
     */
    SourceSpan span();

    /**
     * Where the item starts in the source: {@code span().startOffset()}, without working out lines and columns.
     *
     * @return the char index of its first character
     */
    default int startOffset() {
        return span().startOffset();
    }

    /**
     * Where the item ends in the source: {@code span().endOffset()}, without working out lines and columns.
     *
     * @return the char index just after its text
     */
    default int endOffset() {
        return span().endOffset();
    }
}
