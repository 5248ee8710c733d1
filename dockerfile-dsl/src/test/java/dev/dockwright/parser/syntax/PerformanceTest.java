package dev.dockwright.parser.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Hostile inputs of about a megabyte parse quickly, without stack overflow or any exception. */
class PerformanceTest {

    private static final int N = 1_000_000;

    @Test
    void pathologicalInputsParseInBoundedTime() {
        Map<String, Supplier<String>> inputs = Map.ofEntries(
                Map.entry("onbuild chain", () -> "ONBUILD ".repeat(N / 8) + "RUN x\n"),
                Map.entry("deep json", () -> "CMD " + "[".repeat(N) + "\n"),
                Map.entry("deep closed json", () -> "CMD " + "[".repeat(20000) + "]".repeat(20000) + "\n"),
                Map.entry("deep substitutions", () -> "RUN <<EOF " + "${a:-".repeat(N / 5) + "\nEOF\n"),
                Map.entry("long continuation", () -> "FROM a\n" + "RUN x \\\n".repeat(N / 8) + "\n"),
                Map.entry("many heredocs", () -> "FROM a\n" + "RUN <<EOF\n".repeat(N / 10)),
                Map.entry("many markers", () -> "FROM a\nRUN " + "<<E ".repeat(N / 4) + "\n" + "E\n".repeat(N / 4)),
                Map.entry("open quotes", () -> "FROM a\nRUN <<E " + "'a".repeat(N / 2) + "\n"),
                Map.entry("env words", () -> "ENV " + "a=\"b c\" ".repeat(N / 8) + "\n"),
                Map.entry("comments", () -> "# c\n".repeat(N / 4) + "FROM a\n"),
                Map.entry("backslashes", () -> "FROM a\nRUN " + "\\".repeat(N) + "\n"),
                Map.entry("flags", () -> "COPY " + "--a=\"b c\" ".repeat(N / 10) + "x y\n"),
                Map.entry("angles", () -> "RUN " + "<".repeat(N) + "\n"),
                Map.entry("blank lines", () -> "\n".repeat(N) + "FROM a"));
        inputs.forEach((name, input) -> assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            String text = input.get();
            SyntaxTree tree = SyntaxParser.parse(text, name);
            assertThat(tree.source()).as(name).isEqualTo(text);
            assertThat(BuildKitDump.dump(tree)).as(name).isNotNull();
        }, name));
    }
}
