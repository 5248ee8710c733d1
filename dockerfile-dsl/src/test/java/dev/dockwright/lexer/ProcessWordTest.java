package dev.dockwright.lexer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Words and what BuildKit reads from them, against one fixed environment. Java string escapes apply: the word
 * {@code "a\\tb"} is the five characters {@code a\tb} as they stand in a Dockerfile.
 */
class ProcessWordTest {

    static final Env ENV = Env.of(env());

    private static Map<String, String> env() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("HOME", "/home/dw");
        env.put("APP", "web");
        env.put("EMPTY", "");
        env.put("SPACED", "a  b ");
        env.put("FILE", "archive.tar.gz");
        env.put("PATHS", "/usr/local/bin:/usr/bin:/bin");
        env.put("STARS", "a*b*c");
        env.put("URL", "http://example.com/a/b");
        env.put("MULTI", "line1\nline2");
        env.put("DOLLAR", "$HOME");
        env.put("CITY", "서울");
        return env;
    }

    private static Arguments word(String word, String expected) {
        return Arguments.of(word, expected);
    }

    static Stream<Arguments> backslashEscape() {
        return Stream.of(
                word("hello", "hello"),
                word("hello world", "hello world"),
                word("  padded  ", "  padded  "),
                word("he'll'o", "hello"),
                word("he\\'llo", "he'llo"),
                word("a\\ b", "a b"),
                word("a\\\\b", "a\\b"),
                word("abc\\tdef", "abctdef"),
                word("trailing\\", "trailing"),
                word("trailing\\\\", "trailing\\"),
                word("\\$HOME", "$HOME"),
                word("\\\\$HOME", "\\/home/dw"),
                word("\\${APP}", "${APP}"),
                word("a\\\"b", "a\"b"),
                word("\\#x", "#x"),
                word("a`b", "a`b"),
                word("line\\\nnext", "line\nnext"),
                word("x#y", "x#y"),
                word("a=b", "a=b"),
                word("서울\\ 시", "서울 시"),
                word("\uD83D\uDE80\\\uD83D\uDE80", "\uD83D\uDE80\uD83D\uDE80"),
                word("\uFEFFbom", "bom"),
                word("no\uFEFFbom", "no\uFEFFbom"));
    }

    static Stream<Arguments> singleQuotes() {
        return Stream.of(
                word("'$HOME'", "$HOME"),
                word("'a\\tb'", "a\\tb"),
                word("'a\\'", "a\\"),
                word("'\"x\"'", "\"x\""),
                word("'${APP:-x}'", "${APP:-x}"),
                word("''", ""),
                word("'a b'c'd e'", "a bcd e"),
                word("'a\\\\b'", "a\\\\b"),
                word("'it'\\''s'", "it's"),
                word("'multi\nline'", "multi\nline"));
    }

    static Stream<Arguments> doubleQuotes() {
        return Stream.of(
                word("\"$HOME\"", "/home/dw"),
                word("\"a\\tb\"", "a\\tb"),
                word("\"a\\\\tb\"", "a\\tb"),
                word("\"a\\\"b\"", "a\"b"),
                word("\"a\\$b\"", "a$b"),
                word("\"a\\'b\"", "a\\'b"),
                word("\"it's\"", "it's"),
                word("\"'$APP'\"", "'web'"),
                word("\"a`b\"", "a`b"),
                word("\"\"", ""),
                word("\"x\"'y'z", "xyz"),
                word("\"a\\\nb\"", "a\\\nb"),
                word("\"${APP}s\"", "webs"),
                word("\"$SPACED\"", "a  b "),
                word("\"<<EOF\"", "<<EOF"));
    }

    static Stream<Arguments> backtickEscape() {
        return Stream.of(
                word("a`$APP", "a$APP"),
                word("C:\\Users\\dw", "C:\\Users\\dw"),
                word("a` b", "a b"),
                word("\"a`\"b\"", "a\"b"),
                word("\"a\\\"", "a\\"),
                word("\"````\"", "``"),
                word("'a`b'", "a`b"),
                word("trailing`", "trailing"),
                word("\"a`tb\"", "a`tb"),
                word("\"C:\\path\\$APP\"", "C:\\path\\web"),
                word("\\$APP", "\\web"),
                word("${MISSING:-a`}b}", "a}b"));
    }

    static Stream<Arguments> variables() {
        return Stream.of(
                word("$APP", "web"),
                word("${APP}", "web"),
                word("$APP.conf", "web.conf"),
                word("$APPx", ""),
                word("${APP}x", "webx"),
                word("$", "$"),
                word("a$", "a$"),
                word("$.", "$."),
                word("$/x", "$/x"),
                word("$-x", "x"),
                word("$1x", "x"),
                word("$10", ""),
                word("${10}", ""),
                word("$@", ""),
                word("$$", ""),
                word("${#}", ""),
                word("$CITY", "서울"),
                word("${app}", ""),
                word("$HOME$APP", "/home/dwweb"),
                word("$DOLLAR", "$HOME"),
                word("$SPACED|", "a  b |"),
                word("${_}", ""),
                word("$é", ""),
                word("${APP}}", "web}"));
    }

    static Stream<Arguments> defaultsAndAlternatives() {
        return Stream.of(
                word("${MISSING:-def}", "def"),
                word("${EMPTY:-def}", "def"),
                word("${EMPTY-def}", ""),
                word("${MISSING-def}", "def"),
                word("${APP:-def}", "web"),
                word("${MISSING:-}", ""),
                word("${MISSING:-$APP}", "web"),
                word("${MISSING:-${OTHER:-deep}}", "deep"),
                word("${MISSING:-a b}", "a b"),
                word("${MISSING:-\"a}b\"}", "a}b"),
                word("${MISSING:-a\\}b}", "a}b"),
                word("${MISSING:-'$APP'}", "$APP"),
                word("${MISSING:-\\$HOME}", "$HOME"),
                word("${MISSING:-{x}", "{x"),
                word("${MISSING:-a}}", "a}"),
                word("${MISSING:-x:-y}", "x:-y"),
                word("${APP:+set}", "set"),
                word("${EMPTY:+set}", ""),
                word("${EMPTY+set}", "set"),
                word("${MISSING+set}", ""),
                word("${APP:+${HOME}/bin}", "/home/dw/bin"),
                word("${APP?}", "web"),
                word("${EMPTY?}", ""),
                word("${APP:?message}", "web"),
                word("${1:-one}", "one"),
                word("${@:-all}", "all"),
                word("v${APP:+-$APP}.tar", "v-web.tar"),
                word("v${MISSING:+-$MISSING}.tar", "v.tar"));
    }

    static Stream<Arguments> trimming() {
        return Stream.of(
                word("${FILE#*.}", "tar.gz"),
                word("${FILE##*.}", "gz"),
                word("${FILE%.*}", "archive.tar"),
                word("${FILE%%.*}", "archive"),
                word("${FILE#archive}", ".tar.gz"),
                word("${FILE#nope}", "archive.tar.gz"),
                word("${FILE%.gz}", "archive.tar"),
                word("${FILE#?}", "rchive.tar.gz"),
                word("${FILE%???}", "archive.tar"),
                word("${FILE#}", "archive.tar.gz"),
                word("${FILE##}", "archive.tar.gz"),
                word("${FILE%%}", "archive.tar.gz"),
                word("${FILE#*}", "archive.tar.gz"),
                word("${FILE##*}", ""),
                word("${STARS#*\\*}", "b*c"),
                word("${STARS##*\\*}", "c"),
                word("${STARS%\\**}", "a*b"),
                word("${STARS%%\\**}", "a"),
                word("${URL#*//}", "example.com/a/b"),
                word("${URL##*/}", "b"),
                word("${URL%/*}", "http://example.com/a"),
                word("${URL%%/*}", "http:"),
                word("${URL%\\/b}", "http://example.com/a"),
                word("${MISSING#*}", ""),
                word("${PATHS#*:}", "/usr/bin:/bin"),
                word("${PATHS%%:*}", "/usr/local/bin"),
                word("${FILE#\"archive.\"}", "tar.gz"),
                word("${FILE#$APP}", "archive.tar.gz"),
                word("${FILE#${MISSING:-arch}}", "ive.tar.gz"),
                word("${MULTI##*}", "\nline2"),
                word("${MULTI%%?line2}", "line1\nline2"),
                word("${CITY%울}", "서"),
                word("${FILE#[a]}", "archive.tar.gz"));
    }

    static Stream<Arguments> replacing() {
        return Stream.of(
                word("${FILE/./-}", "archive-tar.gz"),
                word("${FILE//./-}", "archive-tar-gz"),
                word("${FILE/tar/zip}", "archive.zip.gz"),
                word("${FILE/#a/x}", "archive.tar.gz"),
                word("${FILE/%gz/x}", "archive.tar.gz"),
                word("${URL//\\//_}", "http:__example.com_a_b"),
                word("${FILE//a*/X}", "X"),
                word("${FILE/*./}", "gz"),
                word("${FILE//?/.}", ".............."),
                word("${MISSING/a/b}", ""),
                word("${FILE/x/}", "archive.tar.gz"),
                word("${FILE///}", "archive.tar.gz"),
                word("${APP///-}", "-w-e-b-"),
                word("${APP//e/'<$0>'}", "w<e>b"),
                word("${APP/e/'<$0>'}", "w<$0>b"),
                word("${APP//e/'$$'}", "w$b"),
                word("${APP//e/'${0}$1$x'}", "web"),
                word("${APP/e/$HOME}", "w/home/dwb"),
                word("${APP//[we]/x}", "web"),
                word("${MULTI//*/-}", "-\n-"),
                word("${MULTI//line?/x}", "x\nx"),
                word("${URL/a}x/y}", "http://example.com/a/b"),
                word("${PATHS//:/ }", "/usr/local/bin /usr/bin /bin"));
    }

    @ParameterizedTest(name = "{0} reads as {1}")
    @MethodSource({"backslashEscape", "singleQuotes", "doubleQuotes", "variables", "defaultsAndAlternatives",
            "trimming", "replacing"})
    void readsAsBuildKitDoes(String word, String expected) {
        assertThat(ShellLexer.of('\\').processWord(word, ENV).value()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} reads as {1} under escape=`")
    @MethodSource("backtickEscape")
    void readsAsBuildKitDoesWithBacktickEscape(String word, String expected) {
        assertThat(ShellLexer.of('`').processWord(word, ENV).value()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} reads as {1} under escape=` too")
    @MethodSource({"singleQuotes", "variables", "defaultsAndAlternatives"})
    void quotesAndVariablesWithoutBackslashesReadTheSameUnderEitherEscape(String word, String expected) {
        if (!word.contains("\\")) {
            assertThat(ShellLexer.of('`').processWord(word, ENV).value()).isEqualTo(expected);
        }
    }
}
