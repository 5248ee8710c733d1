package dev.dockwright.lexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The three policies for unset variables: BuildKit's default, its SkipUnsetEnv, and our strict mode. */
class UnsetVariablesTest {

    static final Env ENV = Env.of(Map.of("APP", "web", "EMPTY", ""));

    static Stream<Arguments> keep() {
        return Stream.of(
                Arguments.of("$NOPE", "$NOPE"),
                Arguments.of("${NOPE}", "${NOPE}"),
                Arguments.of("a${NOPE}b$APP", "a${NOPE}bweb"),
                Arguments.of("${NOPE:-d}", "${NOPE:-d}"),
                Arguments.of("${NOPE-d}", "${NOPE-d}"),
                Arguments.of("${NOPE:+d}", "${NOPE:+d}"),
                Arguments.of("${NOPE:-$APP}", "${NOPE:-web}"),
                Arguments.of("${NOPE:-'q'}", "${NOPE:-q}"),
                Arguments.of("${NOPE:?m}", "${NOPE:?m}"),
                Arguments.of("${NOPE:=x}", "${NOPE:=x}"),
                Arguments.of("${NOPE#x}", "${NOPE#x}"),
                Arguments.of("${NOPE%%x}", "${NOPE%%x}"),
                Arguments.of("${NOPE/a/b}", "${NOPE/a/b}"),
                Arguments.of("${NOPE//a/b}", "${NOPE/a/b}"),
                Arguments.of("$1", "$1"),
                Arguments.of("${APP:-d}", "web"),
                Arguments.of("${EMPTY:-d}", "d"),
                Arguments.of("$", "$"));
    }

    @ParameterizedTest(name = "KEEP: {0} reads as {1}")
    @MethodSource("keep")
    void keepLeavesUnsetReferencesAsWritten(String word, String expected) {
        ExpandedWord expanded = ShellLexer.of('\\', UnsetVariables.KEEP).processWord(word, ENV);
        assertThat(expanded.value()).isEqualTo(expected);
    }

    static Stream<Arguments> errorPolicyAllows() {
        return Stream.of(
                Arguments.of("${NOPE:-d}", "d"),
                Arguments.of("${NOPE-d}", "d"),
                Arguments.of("${NOPE:+d}", ""),
                Arguments.of("${NOPE+d}", ""),
                Arguments.of("$EMPTY", ""),
                Arguments.of("${EMPTY#x}", ""),
                Arguments.of("$APP", "web"),
                Arguments.of("'$NOPE'", "$NOPE"),
                Arguments.of("\\$NOPE", "$NOPE"));
    }

    @ParameterizedTest(name = "ERROR: {0} still reads as {1}")
    @MethodSource("errorPolicyAllows")
    void errorAllowsTheFormsThatTestWhetherAVariableIsSet(String word, String expected) {
        assertThat(ShellLexer.of('\\', UnsetVariables.ERROR).processWord(word, ENV).value()).isEqualTo(expected);
    }

    static Stream<Arguments> errorPolicyRefuses() {
        return Stream.of(
                Arguments.of("$NOPE", 0, "NOPE: is not allowed to be unset"),
                Arguments.of("a${NOPE}", 1, "NOPE: is not allowed to be unset"),
                Arguments.of("${NOPE#x}", 0, "NOPE: is not allowed to be unset"),
                Arguments.of("${NOPE%x}", 0, "NOPE: is not allowed to be unset"),
                Arguments.of("${NOPE/a/b}", 0, "NOPE: is not allowed to be unset"),
                Arguments.of("${NOPE:-$OTHER}", 8, "OTHER: is not allowed to be unset"),
                Arguments.of("\"$1\"", 1, "1: is not allowed to be unset"),
                Arguments.of("${NOPE?custom}", 0, "NOPE: custom"));
    }

    @ParameterizedTest(name = "ERROR: {0} fails at {1}")
    @MethodSource("errorPolicyRefuses")
    void errorRefusesTheUseOfAnUnsetValue(String word, int index, String message) {
        assertThatThrownBy(() -> ShellLexer.of('\\', UnsetVariables.ERROR).processWord(word, ENV))
                .isInstanceOfSatisfying(WordExpansionException.class, e -> {
                    assertThat(e.index()).isEqualTo(index);
                    assertThat(e.kind()).isEqualTo(WordExpansionException.Kind.REQUIRED_VARIABLE);
                })
                .hasMessage(message);
    }
}
