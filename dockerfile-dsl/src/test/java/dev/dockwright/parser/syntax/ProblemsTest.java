package dev.dockwright.parser.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Problems are collected, located and reported together; the items stay lossless. */
class ProblemsTest {

    @Test
    void allProblemsAreCollectedInSourceOrder() {
        String text = """
                # escape=x
                FROM a
                ENV PATH
                LABEL a=1 b
                CMD ["a", ["b"]]
                RUN <<EOF
                x
                """;
        SyntaxTree tree = SyntaxParser.parse(text, "app/Dockerfile");
        assertThat(tree.source()).isEqualTo(text);
        assertThat(tree.instructions()).hasSize(5);
        assertThatThrownBy(tree::orThrow).isInstanceOf(DockerfileSyntaxException.class).hasMessage("""
                app/Dockerfile:1:1: invalid escape token 'x' does not match ` or \\
                app/Dockerfile:3:5: ENV must have two arguments
                app/Dockerfile:4:7: Syntax error - can't find = in "b". Must be of the form: name=value
                app/Dockerfile:5:5: when using JSON array syntax, arrays must be comprised of strings only
                app/Dockerfile:6:1: unterminated heredoc "EOF": no terminator line before the end of the file""");
    }

    @Test
    void parseStrictThrowsOrReturns() {
        assertThat(SyntaxParser.parseStrict("FROM a\n", "Dockerfile").instructions()).hasSize(1);
        assertThatThrownBy(() -> SyntaxParser.parseStrict("# only a comment\n", "Dockerfile"))
                .isInstanceOf(DockerfileSyntaxException.class)
                .hasMessage("Dockerfile:1:1: file with no instructions")
                .satisfies(e -> assertThat(((DockerfileSyntaxException) e).problems())
                        .containsExactly(new SyntaxProblem("Dockerfile", 1, 1, "file with no instructions")));
    }

    @Test
    void lineOfSixtyFourKibibytesIsRefusedLikeBuildKit() {
        String prefix = "FROM a\nRUN ";
        String fits = prefix + "x".repeat(65535 - 4) + "\n";
        assertThat(SyntaxParser.parse(fits).problems()).isEmpty();
        String tooLong = prefix + "x".repeat(65536 - 4) + "\n";
        assertThat(SyntaxParser.parse(tooLong).problems()).extracting(SyntaxProblem::format)
                .containsExactly("Dockerfile:2:1: dockerfile line greater than max allowed size of 65535");
        // the limit counts UTF-8 bytes
        String multiByte = prefix + "é".repeat(32766) + "\n";
        assertThat(SyntaxParser.parse(multiByte).problems()).hasSize(1);
    }
}
