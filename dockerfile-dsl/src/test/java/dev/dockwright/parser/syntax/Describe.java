package dev.dockwright.parser.syntax;

import java.util.stream.Collectors;

/**
 * Renders a tree's items one per line for exact text-block comparisons.
 *
 * <pre>{@code
 * Describe.items(SyntaxParser.parse("FROM a\n"))   // Instruction 1:1-1:7 [0,7) "FROM a\n"
 * }</pre>
 */
final class Describe {

    private Describe() {
    }

    static String items(SyntaxTree tree) {
        return tree.items().stream()
                .map(i -> i.getClass().getSimpleName() + " " + i.span() + " " + GoText.quote(i.text()))
                .collect(Collectors.joining("\n"));
    }
}
