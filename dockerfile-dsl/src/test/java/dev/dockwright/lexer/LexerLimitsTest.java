package dev.dockwright.lexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Time linear in the word, and nesting bounded so the recursion cannot overflow the stack. */
class LexerLimitsTest {

    static final Env ENV = Env.of(Map.of("A", "a b", "V", "a".repeat(10_000)));

    /**
     * About a megabyte of each shape; a quadratic lexer would need some 10^12 steps for any of them. A glob costs its
     * length times the value's, as Go's RE2 does, never more.
     */
    static Stream<Arguments> largeWords() {
        int n = 1 << 20;
        return Stream.of(
                Arguments.of("plain text", "ab cd ".repeat(n / 6)),
                Arguments.of("defaults", "${NOPE:-x}".repeat(n / 10)),
                Arguments.of("nested defaults", ("${N:-".repeat(100) + "x" + "}".repeat(100)).repeat(n / 600)),
                Arguments.of("escaped quotes", "\"\\\"\\$\\\\x\"".repeat(n / 10)),
                Arguments.of("one long single quote", "'" + "x$\\\"".repeat(n / 4) + "'"),
                Arguments.of("dollars", "$".repeat(n)),
                Arguments.of("variables", "$A".repeat(n / 2)),
                Arguments.of("heredoc markers", "<< ".repeat(n / 3)),
                Arguments.of("unterminated quote", "\"" + "x".repeat(n)),
                Arguments.of("unclosed braces", "${A:-x".repeat(100) + "y".repeat(n)),
                Arguments.of("many trims", "${V#a}".repeat(100)),
                Arguments.of("long glob", "${V##" + "*a".repeat(2_000) + "b}"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("largeWords")
    void aMegabyteWordIsReadInLinearTime(String shape, String word) {
        ShellLexer lexer = ShellLexer.of('\\');
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            for (Supplier<Object> run : java.util.List.<Supplier<Object>>of(
                    () -> lexer.processWord(word, ENV), () -> lexer.processWords(word, ENV))) {
                try {
                    run.get();
                } catch (WordExpansionException expected) {
                    // the unterminated shapes fail, after reading the whole word
                }
            }
        });
    }

    private static String nested(int depth, String inner) {
        return "${N:-\"".repeat(depth) + inner + "\"}".repeat(depth);
    }

    @Test
    void substitutionsMayNestUpToTheLimit() {
        assertThat(ShellLexer.of('\\').read(nested(ShellLexer.MAX_NESTING, "deep"))).isEqualTo("deep");
    }

    @Test
    void deeperNestingFailsWithTheDocumentedException() {
        String word = nested(ShellLexer.MAX_NESTING + 1, "deep");
        int innermostDollar = 6 * ShellLexer.MAX_NESTING;
        assertThatThrownBy(() -> ShellLexer.of('\\').read(word))
                .isInstanceOfSatisfying(WordExpansionException.class, e -> {
                    assertThat(e.kind()).isEqualTo(WordExpansionException.Kind.TOO_DEEPLY_NESTED);
                    assertThat(e.index()).isEqualTo(innermostDollar);
                })
                .hasMessage("substitutions nested more than 200 levels deep");
        assertThatThrownBy(() -> ShellLexer.of('\\').processWords("${N:-".repeat(100_000), ENV))
                .isInstanceOf(WordExpansionException.class)
                .hasMessage("substitutions nested more than 200 levels deep");
    }

    @Test
    void theDeepestWordFitsInASmallThreadStack() throws InterruptedException {
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread small = new Thread(null, () -> {
            try {
                outcome.set(ShellLexer.of('\\').read(nested(ShellLexer.MAX_NESTING, "deep")));
            } catch (Throwable t) {
                outcome.set(t);
            }
        }, "small-stack", 256 * 1024);
        small.start();
        small.join();
        assertThat(outcome.get()).isEqualTo("deep");
    }
}
