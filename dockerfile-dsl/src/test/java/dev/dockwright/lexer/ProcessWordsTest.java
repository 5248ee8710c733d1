package dev.dockwright.lexer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** How BuildKit splits text into words (EXPOSE ports, heredoc markers): {@link ShellLexer#processWords}. */
class ProcessWordsTest {

    static final Env ENV = Env.of(Map.of("SPACED", "a  b ", "PORT", "8080", "EMPTY", ""));

    private static Arguments words(String text, String... expected) {
        return Arguments.of(text, List.of(expected));
    }

    static Stream<Arguments> splitting() {
        return Stream.of(
                words("hello", "hello"),
                words("  a   b  ", "a", "b"),
                words("a\\ b c", "a b", "c"),
                words("\"a b\" c", "a b", "c"),
                words("'a b'\"c d\"e", "a bc de"),
                words("$SPACED", "a", "b"),
                words("\"$SPACED\"", "a  b "),
                words("x${SPACED}y", "xa", "b", "y"),
                words("x$SPACED", "xa", "b"),
                words("\"$SPACED\"x", "a  b x"),
                words(""),
                words("   "),
                words("\"\""),
                words("\"\" a ''", "a"),
                words("a \"\" b", "a", "b"),
                words("$EMPTY"),
                words("$MISSING x", "x"),
                words("80 ${PORT}/tcp 443/udp", "80", "8080/tcp", "443/udp"),
                words("80 ${NOPE:-443}/tcp", "80", "443/tcp"),
                words("${NOPE:-a b}", "a", "b"),
                words("${NOPE:-\"a b\"}", "a", "b"),
                words("a\\", "a"),
                words("<<EOF cat", "<<EOF", "cat"),
                words("<< EOF", "<< EOF"),
                words("<<\t'EOF' x", "<<\tEOF", "x"),
                words("<<-EOF", "<<-EOF"),
                words("a<b", "a<b"),
                words("a\tb\nc\rd", "a", "b", "c", "d"),
                words("a\u00A0b\u3000c", "a", "b", "c"),
                words("a\u200Bb", "a\u200Bb"),
                words("a\\\tb", "a\tb"));
    }

    /**
     * BuildKit shares one word buffer between a word and the default inside it, and starting the default clears it:
     * whatever stood right before a {@code ${v:-...}} (or any {@code ${v<op>...}}) in the same word is lost.
     */
    static Stream<Arguments> buildKitSharedBufferQuirk() {
        return Stream.of(
                words("abc${NOPE:-def}", "def"),
                words("abc${NOPE:-def}ghi", "defghi"),
                words("abc ${NOPE:-def}", "abc", "def"),
                words("8080${NOPE:+/udp}"),
                words("\"ab\"${PORT#80}", "80"),
                words("ab${PORT}", "ab8080"),
                words("ab$PORT", "ab8080"));
    }

    @ParameterizedTest(name = "{0} splits into {1}")
    @MethodSource({"splitting", "buildKitSharedBufferQuirk"})
    void splitsAsBuildKitDoes(String text, List<String> expected) {
        assertThat(ShellLexer.of('\\').processWords(text, ENV)).isEqualTo(expected);
    }

    @Test
    void backtickEscapesWhitespaceUnderEscapeBacktick() {
        assertThat(ShellLexer.of('`').processWords("a` b c\\ d", ENV)).containsExactly("a b", "c\\", "d");
    }

    @Test
    void processWordKeepsTheWhitespaceThatProcessWordsSplitsOn() {
        ShellLexer lexer = ShellLexer.of('\\');
        assertThat(lexer.processWord("  a   $SPACED ", ENV).value()).isEqualTo("  a   a  b  ");
        assertThat(lexer.processWords("  a   $SPACED ", ENV)).containsExactly("a", "a", "b");
    }

    @Test
    void theListIsUnmodifiable() {
        List<String> words = ShellLexer.of('\\').processWords("a b", ENV);
        assertThat(words).isUnmodifiable();
    }
}
