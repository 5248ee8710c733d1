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
     * The exact source text of the item, including the line terminator of its last line (when there is one).
     *
     * @return {@code "FROM alpine\n"} for a one-line instruction, all of its physical lines for a continued one; never
     *     null
     */
    String text();

    /**
     * Where the item is in the source.
     *
     * @return the item's offsets, lines and columns in {@link SyntaxTree#source()}
     */
    SourceSpan span();
}
