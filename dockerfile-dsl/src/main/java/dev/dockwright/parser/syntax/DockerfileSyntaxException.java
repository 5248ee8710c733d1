package dev.dockwright.parser.syntax;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by {@link SyntaxParser#parseStrict(String, String)} and {@link SyntaxTree#orThrow()} when a Dockerfile has
 * syntax problems. The message lists every problem, one {@code file:line:column: message} per line.
 *
 * <pre>{@code
 * try {
 *     SyntaxParser.parseStrict("FROM busybox\nENV PATH\n", "Dockerfile");
 * } catch (DockerfileSyntaxException e) {
 *     e.getMessage();   // "Dockerfile:2:5: ENV must have two arguments"
 *     e.problems();     // the same, as values
 * }
 * }</pre>
 */
public final class DockerfileSyntaxException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<SyntaxProblem> problems;

    /**
     * An exception whose message lists {@code problems}, one {@link SyntaxProblem#format()} per line.
     *
     * @param problems at least one problem, in the order to list them
     * @throws NullPointerException if {@code problems} or one of them is null
     */
    public DockerfileSyntaxException(List<SyntaxProblem> problems) {
        super(problems.stream().map(SyntaxProblem::format).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    /**
     * The problems, in source order.
     *
     * @return the problems the exception was made with, an unmodifiable list: {@code [Dockerfile:2:5: ENV must have two
     *     arguments]}
     */
    public List<SyntaxProblem> problems() {
        return problems;
    }
}
