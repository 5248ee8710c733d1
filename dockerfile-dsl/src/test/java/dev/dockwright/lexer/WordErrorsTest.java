package dev.dockwright.lexer;

import static dev.dockwright.lexer.WordExpansionException.Kind.BAD_SUBSTITUTION;
import static dev.dockwright.lexer.WordExpansionException.Kind.INVALID_PATTERN;
import static dev.dockwright.lexer.WordExpansionException.Kind.MISSING_CLOSING_BRACE;
import static dev.dockwright.lexer.WordExpansionException.Kind.MISSING_SLASH;
import static dev.dockwright.lexer.WordExpansionException.Kind.REQUIRED_VARIABLE;
import static dev.dockwright.lexer.WordExpansionException.Kind.UNSUPPORTED_MODIFIER;
import static dev.dockwright.lexer.WordExpansionException.Kind.UNTERMINATED_QUOTE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dockwright.lexer.WordExpansionException.Kind;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Where BuildKit refuses a word, with its message, and where in the word the failing construct starts. */
class WordErrorsTest {

    static final Env ENV = Env.of(Map.of("APP", "web", "EMPTY", "", "FILE", "archive.tar.gz"));

    private static Arguments error(String word, int index, Kind kind, String message) {
        return Arguments.of(word, index, kind, message);
    }

    static Stream<Arguments> errors() {
        return Stream.of(
                error("\"abc", 0, UNTERMINATED_QUOTE,
                        "unexpected end of statement while looking for matching double-quote"),
                error("ab'c", 2, UNTERMINATED_QUOTE,
                        "unexpected end of statement while looking for matching single-quote"),
                error("\"a\\\"", 0, UNTERMINATED_QUOTE,
                        "unexpected end of statement while looking for matching double-quote"),
                error("x\"y'z", 1, UNTERMINATED_QUOTE,
                        "unexpected end of statement while looking for matching double-quote"),
                error("he\\\\'llo", 4, UNTERMINATED_QUOTE,
                        "unexpected end of statement while looking for matching single-quote"),
                error("'a'b'", 4, UNTERMINATED_QUOTE,
                        "unexpected end of statement while looking for matching single-quote"),
                error("${", 0, MISSING_CLOSING_BRACE, "syntax error: missing '}'"),
                error("a${}", 1, BAD_SUBSTITUTION, "syntax error: bad substitution"),
                error("${:-x}", 0, BAD_SUBSTITUTION, "syntax error: bad substitution"),
                error("${{x}}", 0, BAD_SUBSTITUTION, "syntax error: bad substitution"),
                error("ok ${}", 3, BAD_SUBSTITUTION, "syntax error: bad substitution"),
                error("${APP", 0, UNSUPPORTED_MODIFIER, "unsupported modifier (\uFFFD) in substitution"),
                error("${APP:-x", 0, MISSING_CLOSING_BRACE, "syntax error: missing '}'"),
                error("${APP:-\"x}", 0, MISSING_CLOSING_BRACE, "syntax error: missing '}'"),
                error("${APP:", 0, MISSING_CLOSING_BRACE, "syntax error: missing '}'"),
                error("${APP:}", 0, MISSING_CLOSING_BRACE, "syntax error: missing '}'"),
                error("${APP:}}", 0, UNSUPPORTED_MODIFIER, "unsupported modifier (:}) in substitution"),
                error("${APP:=x}", 0, UNSUPPORTED_MODIFIER, "unsupported modifier (:=) in substitution"),
                error("${APP=x}", 0, UNSUPPORTED_MODIFIER, "unsupported modifier (=) in substitution"),
                error("${APP:#x}", 0, UNSUPPORTED_MODIFIER, "unsupported modifier (:#) in substitution"),
                error("${APP:%%x}", 0, UNSUPPORTED_MODIFIER, "unsupported modifier (:%) in substitution"),
                error("${APP:x}", 0, UNSUPPORTED_MODIFIER, "unsupported modifier (:x) in substitution"),
                error("${.}", 0, UNSUPPORTED_MODIFIER, "unsupported modifier (.) in substitution"),
                error("${#APP}", 0, UNSUPPORTED_MODIFIER, "unsupported modifier (A) in substitution"),
                error("${APP[0]}", 0, UNSUPPORTED_MODIFIER, "unsupported modifier ([) in substitution"),
                error("${APP/x}", 0, MISSING_SLASH, "syntax error: missing '/' in ${}"),
                error("${APP//x}", 0, MISSING_SLASH, "syntax error: missing '/' in ${}"),
                error("${APP/x/y", 0, MISSING_CLOSING_BRACE, "syntax error: missing '}'"),
                error("${MISSING?}", 0, REQUIRED_VARIABLE, "MISSING: is not allowed to be unset"),
                error("${MISSING:?}", 0, REQUIRED_VARIABLE, "MISSING: is not allowed to be unset"),
                error("${EMPTY:?}", 0, REQUIRED_VARIABLE, "EMPTY: is not allowed to be empty"),
                error("${MISSING:?please set it, $APP}", 0, REQUIRED_VARIABLE, "MISSING: please set it, web"),
                error("${EMPTY:?'must not be empty'}", 0, REQUIRED_VARIABLE, "EMPTY: must not be empty"),
                error("x${APP:-${MISSING?}}", 8, REQUIRED_VARIABLE, "MISSING: is not allowed to be unset"),
                error("\"${MISSING?}\"", 1, REQUIRED_VARIABLE, "MISSING: is not allowed to be unset"),
                error("${APP:-${MISSING?}", 0, MISSING_CLOSING_BRACE, "syntax error: missing '}'"),
                error("${APP:-${x", 0, MISSING_CLOSING_BRACE, "syntax error: missing '}'"),
                error("${APP:-${x}", 0, MISSING_CLOSING_BRACE, "syntax error: missing '}'"),
                error("${APP:-${x.}}", 7, UNSUPPORTED_MODIFIER, "unsupported modifier (.) in substitution"),
                error("${FILE#\\x}", 0, INVALID_PATTERN,
                        "invalid pattern (\\x) in substitution: invalid escape '\\x'"),
                error("${FILE%a\\b}", 0, INVALID_PATTERN,
                        "invalid pattern (\\ba) in substitution: invalid escape '\\b'"),
                error("${FILE/a\\b/c}", 0, INVALID_PATTERN,
                        "invalid pattern (a\\b) in substitution: invalid escape '\\b'"),
                error("${FILE#'\\'}", 0, INVALID_PATTERN,
                        "invalid pattern (\\) in substitution: invalid escape '\\\uFFFD'"),
                error("${MISSING#\\q}", 0, INVALID_PATTERN,
                        "invalid pattern (\\q) in substitution: invalid escape '\\q'"));
    }

    @ParameterizedTest(name = "{0} fails at {1}: {3}")
    @MethodSource("errors")
    void failsWhereBuildKitFails(String word, int index, Kind kind, String message) {
        assertThatThrownBy(() -> ShellLexer.of('\\').processWord(word, ENV))
                .isInstanceOfSatisfying(WordExpansionException.class, e -> {
                    assertThat(e.word()).isEqualTo(word);
                    assertThat(e.index()).isEqualTo(index);
                    assertThat(e.kind()).isEqualTo(kind);
                })
                .hasMessage(message);
    }

    @ParameterizedTest(name = "{0} fails in processWords too")
    @MethodSource("errors")
    void processWordsFailsTheSameWay(String word, int index, Kind kind, String message) {
        assertThatThrownBy(() -> ShellLexer.of('\\').processWords(word, ENV))
                .isInstanceOf(WordExpansionException.class)
                .hasMessage(message);
    }

    @Test
    void backtickEscapeHasTheSameErrors() {
        assertThatThrownBy(() -> ShellLexer.of('`').processWord("say \"hi`\"", ENV))
                .isInstanceOfSatisfying(WordExpansionException.class, e -> assertThat(e.index()).isEqualTo(4))
                .hasMessage("unexpected end of statement while looking for matching double-quote");
        assertThatThrownBy(() -> ShellLexer.of('`').processWord("${APP:-x`}", ENV))
                .hasMessage("syntax error: missing '}'");
    }

    @Test
    void buildKitMessageQuotesTheWordAsGoDoes() {
        assertThatThrownBy(() -> ShellLexer.of('\\').processWord("say \"hi\\\n\t\u00A0\u0001é", ENV))
                .isInstanceOfSatisfying(WordExpansionException.class, e -> assertThat(e.buildKitMessage())
                        .isEqualTo("failed to process \"say \\\"hi\\\\\\n\\t\\u00a0\\x01é\": "
                                + "unexpected end of statement while looking for matching double-quote"));
        assertThatThrownBy(() -> ShellLexer.of('\\').processWord("${\uD83D\uDE80\u200B", ENV))
                .isInstanceOfSatisfying(WordExpansionException.class, e -> assertThat(e.buildKitMessage())
                        .isEqualTo("failed to process \"${\uD83D\uDE80\\u200b\": "
                                + "unsupported modifier (\uD83D\uDE80) in substitution"));
    }

    @Test
    void anIndexOutsideTheWordIsRefused() {
        assertThatThrownBy(() -> new WordExpansionException("ab", 3, Kind.BAD_SUBSTITUTION, "m"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("index 3 out of range for a word of length 2");
    }
}
