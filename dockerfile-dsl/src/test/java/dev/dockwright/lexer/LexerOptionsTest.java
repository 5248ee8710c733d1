package dev.dockwright.lexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Construction, the raw options BuildKit's own parser uses, and the read-back helper. */
class LexerOptionsTest {

    static final Env ENV = Env.of(Map.of("APP", "web"));

    @Test
    void onlyBackslashAndBacktickAreEscapeCharacters() {
        assertThatThrownBy(() -> ShellLexer.of('^'))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("escape character must be \\ or `: ^");
        assertThatThrownBy(() -> ShellLexer.of('\\', null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("unsetVariables");
    }

    @Test
    void defaultsMirrorBuildKitsNewLex() {
        ShellLexer lexer = ShellLexer.of('`');
        assertThat(lexer.escapeChar()).isEqualTo('`');
        assertThat(lexer.unsetVariables()).isEqualTo(UnsetVariables.EMPTY);
        assertThat(lexer.rawQuotes()).isFalse();
        assertThat(lexer.rawEscapes()).isFalse();
        assertThat(lexer.processesQuotes()).isTrue();
        assertThat(lexer).hasToString("ShellLexer[escape=`, unset=EMPTY]");
    }

    @Test
    void withersReturnNewLexersAndLeaveTheOriginalAlone() {
        ShellLexer plain = ShellLexer.of('\\');
        ShellLexer raw = plain.withRawQuotes(true).withRawEscapes(true).withQuoteProcessing(false)
                .withUnsetVariables(UnsetVariables.KEEP);
        assertThat(plain).isEqualTo(ShellLexer.of('\\')).isNotEqualTo(raw);
        assertThat(plain.hashCode()).isEqualTo(ShellLexer.of('\\').hashCode());
        assertThat(raw).hasToString("ShellLexer[escape=\\, unset=KEEP, rawQuotes, rawEscapes, quotes not processed]");
        assertThat(raw.withRawQuotes(false).withRawEscapes(false).withQuoteProcessing(true)
                .withUnsetVariables(UnsetVariables.EMPTY)).isEqualTo(plain);
    }

    @Test
    void rawQuotesKeepsTheQuoteCharacters() {
        ShellLexer lexer = ShellLexer.of('\\').withRawQuotes(true);
        assertThat(lexer.processWord("\"a $APP\"'$x'", ENV).value()).isEqualTo("\"a web\"'$x'");
        assertThat(lexer.processWords("<<\"EOF\" x", ENV)).containsExactly("<<\"EOF\"", "x");
    }

    @Test
    void rawEscapesKeepsTheEscapeCharacters() {
        ShellLexer lexer = ShellLexer.of('\\').withRawEscapes(true);
        assertThat(lexer.processWord("a\\ b\\$APP", ENV).value()).isEqualTo("a\\ b\\$APP");
        assertThat(lexer.processWord("\"q\\\"\\x\"", ENV).value()).isEqualTo("q\\\"\\\\x");
        assertThat(lexer.processWords("a\\ b c", ENV)).containsExactly("a\\ b", "c");
    }

    @Test
    void withoutQuoteProcessingQuotesAreOrdinaryCharactersAsInAHeredocBody() {
        ShellLexer lexer = ShellLexer.of('\\').withQuoteProcessing(false);
        assertThat(lexer.processWord("echo \"$APP\" '$APP' \\$APP", ENV).value())
                .isEqualTo("echo \"web\" 'web' $APP");
        assertThat(lexer.processWord("it's \"unbalanced", ENV).value()).isEqualTo("it's \"unbalanced");
    }

    @Test
    void readTellsWhatALiteralWordMeans() {
        assertThat(ShellLexer.of('\\').read("\"a \\\"b\\\" \\$c\"")).isEqualTo("a \"b\" $c");
        assertThat(ShellLexer.of('\\').read("$HOME")).isEmpty();
        assertThat(ShellLexer.of('\\', UnsetVariables.KEEP).read("$HOME")).isEqualTo("$HOME");
        assertThat(ShellLexer.of('`').read("C:\\dir` with` spaces")).isEqualTo("C:\\dir with spaces");
    }

    @Test
    void nullArgumentsAreRefused() {
        ShellLexer lexer = ShellLexer.of('\\');
        assertThatThrownBy(() -> lexer.processWord(null, ENV)).hasMessage("word");
        assertThatThrownBy(() -> lexer.processWord("x", null)).hasMessage("env");
        assertThatThrownBy(() -> lexer.processWords(null, ENV)).hasMessage("text");
    }

    @Test
    void theClassExampleReadsAsDocumented() {
        ShellLexer lexer = ShellLexer.of('\\');
        Env env = Env.of(Map.of("APP", "web", "PORT", ""));
        assertThat(lexer.processWord("/srv/${APP}-'$HOME'", env).value()).isEqualTo("/srv/web-$HOME");
        assertThat(lexer.processWord("${PORT:-8080}", env).value()).isEqualTo("8080");
        assertThat(lexer.processWord("${REV:-\"main\"}", env).unset()).containsExactly("REV");
        assertThat(lexer.processWords("80/tcp ${PORT:-443}  \"a b\"", env)).containsExactly("80/tcp", "443", "a b");
        assertThat(lexer.read("C:\\\\tmp\\ dir")).isEqualTo("C:\\tmp dir");
        assertThat(ShellLexer.of('`').read("C:\\tmp` dir")).isEqualTo("C:\\tmp dir");

        ExpandedWord w = lexer.processWord("${HOME}/$APP-\"v 1\"", Env.of(Map.of("HOME", "/root")));
        assertThat(w.value()).isEqualTo("/root/-v 1");
        assertThat(w.referenced()).containsExactly("HOME", "APP");
        assertThat(w.unset()).containsExactly("APP");

        Env none = Env.empty();
        assertThat(ShellLexer.of('\\', UnsetVariables.EMPTY).processWord("a${X}b", none).value()).isEqualTo("ab");
        assertThat(ShellLexer.of('\\', UnsetVariables.KEEP).processWord("a${X}b", none).value()).isEqualTo("a${X}b");
        assertThatThrownBy(() -> ShellLexer.of('\\', UnsetVariables.ERROR).processWord("a${X}b", none))
                .hasMessage("X: is not allowed to be unset");

        assertThatThrownBy(() -> ShellLexer.of('\\').processWord("echo \"hi", Env.empty()))
                .isInstanceOfSatisfying(WordExpansionException.class, e -> {
                    assertThat(e.index()).isEqualTo(5);
                    assertThat(e.kind()).isEqualTo(WordExpansionException.Kind.UNTERMINATED_QUOTE);
                    assertThat(e.buildKitMessage()).isEqualTo("failed to process \"echo \\\"hi\": "
                            + "unexpected end of statement while looking for matching double-quote");
                });
    }
}
