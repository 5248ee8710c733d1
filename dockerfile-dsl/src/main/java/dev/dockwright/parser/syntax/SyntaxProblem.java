package dev.dockwright.parser.syntax;

/**
 * Something the parser refuses, with where it is.
 *
 * <pre>{@code
 * for (SyntaxProblem p : tree.problems()) {
 *     System.err.println(p.format());   // Dockerfile:3:5: ENV must have two arguments
 * }
 * }</pre>
 *
 * @param fileName the name given to the parser, used in messages
 * @param line     1-based line
 * @param column   1-based column
 * @param message  what is wrong; BuildKit's wording where BuildKit has one
 */
public record SyntaxProblem(String fileName, int line, int column, String message) {

    /**
     * The problem on one line, as compilers print them: {@code file:line:column: message}.
     *
     * @return {@code "Dockerfile:2:5: ENV must have two arguments"}; also what {@link #toString()} gives
     */
    public String format() {
        return fileName + ":" + line + ":" + column + ": " + message;
    }

    @Override
    public String toString() {
        return format();
    }
}
