package dev.dockwright.parser.syntax;

/**
 * A line that holds only blanks, outside any instruction (blank lines inside a continuation belong to the
 * instruction, see {@link Instruction#emptyContinuationLines()}).
 *
 * <pre>{@code
 * tree.items().stream().filter(BlankLine.class::isInstance).count();
 * }</pre>
 *
 * @param text the line as written, line terminator included
 * @param span where the line is
 */
public record BlankLine(String text, SourceSpan span) implements SyntaxItem {
}
