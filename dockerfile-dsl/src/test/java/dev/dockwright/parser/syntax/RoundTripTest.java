package dev.dockwright.parser.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every corpus file comes back byte for byte from the items; non-Dockerfiles never crash or hang the parser. */
class RoundTripTest {

    private static List<Path> realFiles() {
        return Corpus.list(Corpus.dir("real"));
    }

    private static List<Path> caseFiles() {
        Path root = Corpus.dir("buildkit-parser");
        return Corpus.list(root).stream().map(d -> d.resolve("Dockerfile"))
                .filter(f -> Files.isRegularFile(f) && Files.isRegularFile(f.resolveSibling("result"))).toList();
    }

    @Test
    void corpusSizes() {
        assertThat(realFiles()).hasSize(159);
        assertThat(caseFiles()).hasSize(33);
    }

    @TestFactory
    Stream<DynamicTest> realAndBuildKitFilesRoundTrip() {
        return Stream.concat(realFiles().stream(), caseFiles().stream()).map(file -> dynamicTest(
                file.getParent().getFileName() + "/" + file.getFileName(), () -> {
                    String text = Corpus.read(file);
                    SyntaxTree tree = SyntaxParser.parse(text, file.getFileName().toString());
                    assertThat(tree.source()).isEqualTo(text);
                    assertThat(tree.items().stream().map(SyntaxItem::text).collect(Collectors.joining()))
                            .isEqualTo(text);
                    assertContiguous(tree);
                    assertThat(tree.problems()).isEmpty();
                }));
    }

    @TestFactory
    Stream<DynamicTest> invalidInputsParseOrFailCleanlyInBoundedTime() {
        return Corpus.list(Corpus.dir("invalid")).stream().map(file -> dynamicTest(
                file.getFileName().toString(), () -> assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
                    String text = Corpus.read(file);
                    SyntaxTree tree = SyntaxParser.parse(text, file.getFileName().toString());
                    assertThat(tree.source()).isEqualTo(text);
                    if (!tree.isValid()) {
                        org.assertj.core.api.Assertions.assertThatThrownBy(tree::orThrow)
                                .isInstanceOf(DockerfileSyntaxException.class)
                                .hasMessageStartingWith(file.getFileName() + ":");
                    }
                })));
    }

    /** BuildKit accepts the jq template (its lines look like unknown instructions); so does this parser. */
    @Test
    void jqTemplateIsParsedLikeBuildKit() {
        Path file = Corpus.dir("invalid").resolve("docker-library__python__Dockerfile-linux.template");
        SyntaxTree tree = SyntaxParser.parse(Corpus.read(file), "template");
        assertThat(tree.problems()).isEmpty();
        assertThat(tree.instructions().get(0).keyword()).isEqualTo("{{");
        assertThat(tree.instructions().get(0).isKnownKeyword()).isFalse();
    }

    static void assertContiguous(SyntaxTree tree) {
        int offset = 0;
        for (SyntaxItem item : tree.items()) {
            assertThat(item.span().startOffset()).isEqualTo(offset);
            // the offsets without the span, and the one-line test without the span's lines, agree with it
            assertThat(item.startOffset()).isEqualTo(item.span().startOffset());
            assertThat(item.endOffset()).isEqualTo(item.span().endOffset());
            if (item instanceof Instruction instruction) {
                assertThat(instruction.isOneLine()).isEqualTo(item.span().startLine() == item.span().endLine());
            }
            assertThat(item.text()).isEqualTo(tree.source().substring(item.span().startOffset(),
                    item.span().endOffset()));
            offset = item.span().endOffset();
        }
        assertThat(offset).isEqualTo(tree.source().length());
    }
}
