package dev.dockwright.parser.syntax;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The result of {@link SyntaxParser}: the lossless sequence of {@link SyntaxItem}s, the effective parser
 * directives, and every problem found.
 *
 * <pre>{@code
 * SyntaxTree tree = SyntaxParser.parse(text, "Dockerfile");
 * tree.source().equals(text);                  // always true: the items cover the text exactly
 * tree.instructions().get(0).keyword();       // "FROM"
 * tree.directive("syntax").map(ParserDirective::value);
 * tree.problems();                             // empty when BuildKit's parser would accept the file
 * tree.orThrow();                              // or DockerfileSyntaxException listing the problems
 * }</pre>
 */
public final class SyntaxTree {

    private final String fileName;
    private final String source;
    private final List<SyntaxItem> items;
    private final List<Instruction> instructions;
    private final List<ParserDirective> directives;
    private final char escapeCharacter;
    private final List<SyntaxProblem> problems;

    SyntaxTree(String fileName, String source, List<SyntaxItem> items, char escapeCharacter,
               List<SyntaxProblem> problems) {
        this.fileName = fileName;
        this.source = source;
        this.items = List.copyOf(items);
        List<Instruction> instructionItems = new ArrayList<>(items.size());
        List<ParserDirective> directiveItems = new ArrayList<>();
        for (SyntaxItem item : items) {
            if (item instanceof Instruction instruction) {
                instructionItems.add(instruction);
            } else if (item instanceof ParserDirective directive) {
                directiveItems.add(directive);
            }
        }
        this.instructions = Collections.unmodifiableList(instructionItems);
        this.directives = Collections.unmodifiableList(directiveItems);
        this.escapeCharacter = escapeCharacter;
        this.problems = List.copyOf(problems);
    }

    /**
     * The file name given to the parser (used in problem messages).
     *
     * @return {@code "Dockerfile"} for {@link SyntaxParser#parse(String)}, the file's name for
     *     {@link SyntaxParser#parse(java.nio.file.Path)}
     */
    public String fileName() {
        return fileName;
    }

    /**
     * The parsed text, unchanged; equal to the concatenation of the items' texts.
     *
     * @return the text given to the parser, byte order mark included; {@code ""} for an empty text
     */
    public String source() {
        return items.stream().map(SyntaxItem::text).collect(Collectors.joining());
    }

    /**
     * All items in source order.
     *
     * @return directives, comments, blank lines and instructions, an unmodifiable list; empty for an empty text
     */
    public List<SyntaxItem> items() {
        return items;
    }

    /**
     * The instruction items in source order.
     *
     * @return the instructions, an unmodifiable list, ONBUILD triggers not listed apart; empty when there is none
     */
    public List<Instruction> instructions() {
        return instructions;
    }

    /**
     * The parser directive items in source order (including a refused repeated one).
     *
     * @return the directives, an unmodifiable list: one, named {@code escape} with the value {@code `}, for a file
     *     that starts with {@code # escape=`}; empty when there is none
     */
    public List<ParserDirective> directives() {
        return directives;
    }

    /**
     * The first directive with that (case-insensitive) name, e.g. {@code "syntax"}, {@code "escape"}.
     *
     * @param name the directive's key in any case: {@code "syntax"}, {@code "check"}
     * @return the directive, whose value is {@code docker/dockerfile:1} for {@code # syntax=docker/dockerfile:1};
     *     empty when the file has none
     */
    public Optional<ParserDirective> directive(String name) {
        return directives.stream().filter(d -> d.name().equalsIgnoreCase(name)).findFirst();
    }

    /**
     * The escape and line-continuation character in force: {@code \} unless an escape directive set backtick.
     *
     * @return {@code '\\'} by default, {@code '`'} after {@code # escape=`}; an invalid or repeated escape directive
     *     changes nothing
     */
    public char escapeCharacter() {
        return escapeCharacter;
    }

    /**
     * True when the source starts with a byte order mark (U+FEFF); it is part of the first item's text.
     *
     * @return true when the first character of {@link #source()} is U+FEFF; false for {@code "FROM x\n"}
     */
    public boolean hasByteOrderMark() {
        return source.startsWith("\uFEFF");
    }

    /**
     * Everything BuildKit's parser would refuse, in source order; empty for a valid file.
     *
     * @return the problems, an unmodifiable list sorted by line and column: {@code [Dockerfile:2:5: ENV must have two
     *     arguments]}
     */
    public List<SyntaxProblem> problems() {
        return problems;
    }

    /**
     * True when there is no problem.
     *
     * @return true when {@link #problems()} is empty
     */
    public boolean isValid() {
        return problems.isEmpty();
    }

    /**
     * This tree when it has no problem.
     *
     * @return this tree, for chaining: {@code SyntaxParser.parse(text).orThrow().instructions()}
     * @throws DockerfileSyntaxException listing all problems otherwise
     */
    public SyntaxTree orThrow() {
        if (!problems.isEmpty()) {
            throw new DockerfileSyntaxException(problems);
        }
        return this;
    }

    @Override
    public String toString() {
        return "SyntaxTree[" + fileName + ", " + items.size() + " items, " + problems.size() + " problems]";
    }
}
