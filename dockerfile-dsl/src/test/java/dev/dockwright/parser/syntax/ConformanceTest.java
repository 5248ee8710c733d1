package dev.dockwright.parser.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * BuildKit's own parser test cases ({@code frontend/dockerfile/parser/testfiles}): the dump of each Dockerfile
 * must equal BuildKit's {@code result} file byte for byte, and the {@code testfiles-negative} cases must be refused.
 */
class ConformanceTest {

    private static List<Path> cases() {
        Path root = Corpus.dir("buildkit-parser");
        return Corpus.list(root).stream().filter(d -> Files.isRegularFile(d.resolve("result"))).toList();
    }

    @Test
    void allThirtyThreeCasesArePresent() {
        assertThat(cases()).hasSize(33);
    }

    @TestFactory
    Stream<DynamicTest> dumpEqualsBuildKitResult() {
        return cases().stream().map(dir -> dynamicTest(dir.getFileName().toString(), () -> {
            SyntaxTree tree = SyntaxParser.parse(dir.resolve("Dockerfile"));
            assertThat(tree.problems()).isEmpty();
            assertThat(BuildKitDump.dump(tree) + "\n").isEqualTo(Corpus.read(dir.resolve("result")));
        }));
    }

    @TestFactory
    Stream<DynamicTest> negativeCasesAreRefused() {
        Path negative = Corpus.dir("buildkit-parser/negative");
        List<String[]> expected = List.of(
                new String[] {"empty_dockerfile", "Dockerfile:1:1: file with no instructions"},
                new String[] {"env_no_value", "Dockerfile:3:5: ENV must have two arguments"},
                new String[] {"only_comments", "Dockerfile:3:1: file with no instructions"},
                new String[] {"shykes-nested-json",
                    "Dockerfile:1:5: when using JSON array syntax, arrays must be comprised of strings only"});
        assertThat(Corpus.list(negative)).hasSize(expected.size());
        return expected.stream().map(c -> dynamicTest(c[0], () -> {
            SyntaxTree tree = SyntaxParser.parse(negative.resolve(c[0]).resolve("Dockerfile"));
            assertThat(tree.problems()).extracting(SyntaxProblem::format).containsExactly(c[1]);
            org.assertj.core.api.Assertions.assertThatThrownBy(tree::orThrow)
                    .isInstanceOf(DockerfileSyntaxException.class)
                    .hasMessage(c[1]);
        }));
    }

    /** parser_test.go's TestParseIncludesLineNumbers, on BuildKit's testfile-line input. */
    @Test
    void lineNumbersMatchBuildKit() {
        Path file = Corpus.dir("buildkit-parser/extra/testfile-line").resolve("Dockerfile");
        SyntaxTree tree = SyntaxParser.parse(Corpus.read(file), "Dockerfile");
        assertThat(tree.instructions())
                .extracting(i -> i.span().startLine() + "-" + i.span().endLine())
                .containsExactly("5-5", "11-12", "17-31");
    }
}
