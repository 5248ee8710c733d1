package dev.dockwright.lexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The glob matcher behind {@code #}, {@code %} and {@code /}: Go's regexp semantics, without backtracking. */
class ShellPatternTest {

    @Test
    void aBackslashMayOnlyEscapeStarQuestionMarkBackslashBraceAndSlash() {
        assertThatThrownBy(() -> ShellPattern.compile("a\\x", true, true)).hasMessage("invalid escape '\\x'");
        assertThatThrownBy(() -> ShellPattern.compile("a\\", true, true)).hasMessage("invalid escape '\\\uFFFD'");
        assertThatThrownBy(() -> ShellPattern.compile("\\\\\\", true, true)).hasMessage("invalid escape '\\\uFFFD'");
        assertThat(ShellPattern.compile("\\*\\?\\\\", true, true).trimPrefix("*?\\rest")).isEqualTo("rest");
        assertThat(ShellPattern.compile("\\}\\/", true, true).trimPrefix("}/rest")).isEqualTo("rest");
    }

    @Test
    void regexCharactersAreLiteral() {
        assertThat(ShellPattern.compile("()[]{}^$.+|", true, true).trimPrefix("()[]{}^$.+|x")).isEqualTo("x");
        assertThat(ShellPattern.compile("a.c", true, true).trimPrefix("abc")).isEqualTo("abc");
    }

    @Test
    void aLeadingByteOrderMarkIsDroppedAsGosScannerDrops() {
        assertThat(ShellPattern.compile("\uFEFFab", true, true).trimPrefix("abc")).isEqualTo("c");
        assertThat(ShellPattern.compile("a\uFEFF", true, true).trimPrefix("a\uFEFFc")).isEqualTo("c");
    }

    @ParameterizedTest(name = "{0} in {1}, greedy={2}, anchored={3}: {4}")
    @CsvSource(delimiter = '|', value = {
        "*      | abc      | true  | true  | 0-3",
        "*      | abc      | false | true  | 0-0",
        "a*c    | abcbc    | true  | true  | 0-5",
        "a*c    | abcbc    | false | true  | 0-3",
        "b      | abcb     | true  | true  | none",
        "b      | abcb     | true  | false | 1-2",
        "?      | ''       | true  | false | none",
        "''     | abc      | true  | false | 0-0",
        "*b     | aab      | true  | false | 0-3",
        "x*     | abxcx    | false | false | 2-3",
        "*?     | ab       | false | true  | 0-1",
    })
    void findsTheLeftmostFirstMatch(String glob, String text, boolean greedy, boolean anchored, String expected) {
        int[] match = ShellPattern.compile(glob, greedy, anchored).find(text, 0);
        assertThat(match == null ? "none" : match[0] + "-" + match[1]).isEqualTo(expected);
    }

    @Test
    void neitherStarNorQuestionMarkMatchesANewline() {
        assertThat(ShellPattern.compile("*", true, true).trimPrefix("ab\ncd")).isEqualTo("\ncd");
        assertThat(ShellPattern.compile("a?c", true, true).trimPrefix("a\nc")).isEqualTo("a\nc");
        assertThat(ShellPattern.compile("a?c", true, true).trimPrefix("a\rc")).isEqualTo("");
        assertThat(ShellPattern.compile("?", true, true).trimPrefix("\u2028x")).isEqualTo("x");
    }

    @Test
    void supplementaryCharactersAreOneCharacter() {
        assertThat(ShellPattern.compile("?", true, true).trimPrefix("\uD83D\uDE80x")).isEqualTo("x");
        assertThat(ShellPattern.compile("", true, false).replaceAll("\uD83D\uDE80", "-")).isEqualTo("-\uD83D\uDE80-");
    }

    @Test
    void replaceAllSkipsAnEmptyMatchRightAfterAMatchAsGoDoes() {
        // java.util.regex would give "-\n--" and "-b--c-" here
        assertThat(ShellPattern.compile("*", true, false).replaceAll("ab\ncd", "-")).isEqualTo("-\n-");
        assertThat(ShellPattern.compile("", true, false).replaceAll("abc", "-")).isEqualTo("-a-b-c-");
        assertThat(ShellPattern.compile("", true, false).replaceAll("", "-")).isEqualTo("-");
        assertThat(ShellPattern.compile("a", true, false).replaceAll("banana", "o")).isEqualTo("bonono");
    }

    @ParameterizedTest(name = "template {0} gives {1}")
    @CsvSource(delimiter = '|', value = {
        "<$0>       | <an>",
        "<${0}>     | <an>",
        "<$00>      | <>",
        "<$1>       | <>",
        "<$name>    | <>",
        "<$0x>      | <>",
        "<${0}x>    | <anx>",
        "<$$0>      | <$0>",
        "<$>        | <$>",
        "<${0>      | <${0>",
        "<${}>      | <${}>",
        "$          | $",
        "\\$0       | \\an",
    })
    void replaceAllExpandsGoTemplates(String template, String expected) {
        assertThat(ShellPattern.compile("an", true, false).replaceAll("b-an", template)).isEqualTo("b-" + expected);
    }

    @Test
    void replaceFirstTakesTheReplacementLiterally() {
        assertThat(ShellPattern.compile("an", true, false).replaceFirst("banana", "<$0>")).isEqualTo("b<$0>ana");
        assertThat(ShellPattern.compile("x", true, false).replaceFirst("banana", "y")).isEqualTo("banana");
    }

    @ParameterizedTest(name = "{0} reversed is {1}")
    @CsvSource(delimiter = '|', value = {
        "abc        | cba",
        "x\\*y      | y\\*x",
        "\\\\\\xz   | z\\x\\\\",
        "ab\\       | \\ba",
        "안\\녕하    | 하\\녕안",
    })
    void reversingAPatternKeepsEachEscapeInFrontOfItsCharacter(String pattern, String expected) {
        assertThat(ShellWord.reversePattern(pattern)).isEqualTo(expected);
    }

    @Test
    void matchingIsLinearWhereABacktrackingRegexWouldBeExponential() {
        String value = "a".repeat(20_000);
        ShellPattern lazy = ShellPattern.compile("*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b", false, true);
        ShellPattern greedy = ShellPattern.compile("*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b", true, false);
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            assertThat(lazy.trimPrefix(value)).isEqualTo(value);
            assertThat(greedy.replaceAll(value, "x")).isEqualTo(value);
        });
    }

    /** The same search by java.util.regex, whose leftmost-first semantics are Go's; {@code (?d)}: only \n ends a line. */
    private static int[] findWithJavaRegex(String glob, String text, int from, boolean greedy, boolean anchored) {
        StringBuilder regex = new StringBuilder("(?d)");
        if (anchored) {
            regex.append("\\A");
        }
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '\\') {
                regex.append(Pattern.quote(String.valueOf(glob.charAt(++i))));
            } else if (c == '*') {
                regex.append(greedy ? ".*" : ".*?");
            } else if (c == '?') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        Matcher m = Pattern.compile(regex.toString()).matcher(text);
        return m.find(from) ? new int[] {m.start(), m.end()} : null;
    }

    @Provide
    Arbitrary<String> globs() {
        Arbitrary<String> token = Arbitraries.of("a", "b", "*", "?", "\\*", "\\?", "\\\\", "\n", ".", "ab");
        return token.list().ofMaxSize(8).map(tokens -> String.join("", tokens));
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("ab*?\\\n.").ofMaxLength(12);
    }

    @Property(tries = 2000)
    void findAgreesWithABacktrackingRegexEngine(@ForAll("globs") String glob, @ForAll("texts") String text,
            @ForAll boolean greedy, @ForAll boolean anchored) {
        int from = anchored ? 0 : text.length() / 3;
        int[] ours = ShellPattern.compile(glob, greedy, anchored).find(text, from);
        int[] javas = findWithJavaRegex(glob, text, from, greedy, anchored);
        assertThat(ours).isEqualTo(javas);
    }
}
