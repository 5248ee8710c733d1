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
    // picked out of the items on first use (benign race: immutable lists); a reader that walks the items,
    // such as the typed level, never needs them
    private List<Instruction> instructions;
    private List<ParserDirective> directives;
    private final char escapeCharacter;
    private final boolean crlf;
    private final List<SyntaxProblem> problems;

    SyntaxTree(String fileName, String source, List<SyntaxItem> items, char escapeCharacter,
               List<SyntaxProblem> problems, boolean crlf) {
        this.crlf = crlf;
        this.fileName = fileName;
        this.source = source;
        this.items = Collections.unmodifiableList(items); // the parser's own list, handed over
        this.escapeCharacter = escapeCharacter;
        this.problems = List.copyOf(problems);
    }

    /**
     * The file name given to the parser.
     *
     * @return the name problem messages use, such as {@code Dockerfile}
     */
    public String fileName() {
        return fileName;
    }

    /**
     * The parsed text, unchanged.
     *
     * @return the concatenation of the items' texts, equal to the text given to the parser
     */
    public String source() {
        return items.stream().map(SyntaxItem::text).collect(Collectors.joining());
    }

    /**
     * All items in source order.
     *
     * @return an unmodifiable list of directives, comments, blank lines and instructions
     */
    public List<SyntaxItem> items() {
        return items;
    }

    /**
     * The instruction items in source order.
     *
     * @return an unmodifiable list; ONBUILD triggers are inside their ONBUILD, not listed
     */
    public List<Instruction> instructions() {
        List<Instruction> result = instructions;
        if (result == null) {
            result = pick(Instruction.class);
            instructions = result;
        }
        return result;
    }

    /**
     * The parser directive items in source order (including a refused repeated one).
     *
     * @return an unmodifiable list; empty when the file has no directive
     */
    public List<ParserDirective> directives() {
        List<ParserDirective> result = directives;
        if (result == null) {
            result = pick(ParserDirective.class);
            directives = result;
        }
        return result;
    }

    /** The items of one kind, in order, as an unmodifiable list. */
    private <T extends SyntaxItem> List<T> pick(Class<T> kind) {
        List<T> picked = new ArrayList<>();
        for (SyntaxItem item : items) {
            if (kind.isInstance(item)) {
                picked.add(kind.cast(item));
            }
        }
        return Collections.unmodifiableList(picked);
    }

    /**
     * The first directive with that name: the one in effect.
     *
     * @param name such as {@code syntax}, {@code escape} or {@code check}, in any case
     * @return the directive, or empty
     */
    public Optional<ParserDirective> directive(String name) {
        return directives().stream().filter(d -> d.name().equalsIgnoreCase(name)).findFirst();
    }

    /**
     * The escape and line-continuation character in force.
     *
     * @return {@code \} unless an escape directive set a backtick
     */
    public char escapeCharacter() {
        return escapeCharacter;
    }

    /**
     * Whether the source starts with a byte order mark (U+FEFF); it is part of the first item's text.
     *
     * @return true when the first character is U+FEFF
     */
    public boolean hasByteOrderMark() {
        return source.startsWith("\uFEFF");
    }

    /**
     * The line ending the file uses, found while splitting its lines.
     *
     * @return {@code "\r\n"} when a line ends with it, else {@code "\n"} (also for a file of one line)
     */
    public String lineEnding() {
        return crlf ? "\r\n" : "\n";
    }

    /**
     * Everything BuildKit's parser would refuse.
     *
     * @return an unmodifiable list in source order; empty for a valid file
     */
    public List<SyntaxProblem> problems() {
        return problems;
    }

    /**
     * Whether BuildKit's parser would accept the file.
     *
     * @return true when {@link #problems()} is empty
     */
    public boolean isValid() {
        return problems.isEmpty();
    }

    /**
     * This tree when it has no problem.
     *
     * @return this tree
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
