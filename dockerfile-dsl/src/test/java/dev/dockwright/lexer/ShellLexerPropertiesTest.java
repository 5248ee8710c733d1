package dev.dockwright.lexer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Properties over generated words. The quoting schemes here are small references written for the test, not the
 * renderer's: they show which ways of writing an arbitrary value BuildKit reads back exactly.
 */
class ShellLexerPropertiesTest {

    /** Variables that the generated words may mention; none of them may leak into a quoted value. */
    static final Env ENV = Env.of(Map.of("a", "A", "b", "", "HOME", "/root", "S", "x y"));

    /**
     * In double quotes the escape character escapes exactly {@code "}, {@code $} and itself; everything else, newlines
     * and the other escape character included, is literal.
     */
    static String doubleQuoted(String value, char escape) {
        StringBuilder out = new StringBuilder("\"");
        value.codePoints().forEach(cp -> {
            if (cp == '"' || cp == '$' || cp == escape) {
                out.append(escape);
            }
            out.appendCodePoint(cp);
        });
        return out.append('"').toString();
    }

    /** Outside quotes the escape character makes any next character literal, whitespace and newlines included. */
    static String everyCharacterEscaped(String value, char escape) {
        StringBuilder out = new StringBuilder();
        value.codePoints().forEach(cp -> out.append(escape).appendCodePoint(cp));
        return out.toString();
    }

    /**
     * Single quotes, closed around each {@code '} that is written escaped outside them. The escape must be the
     * lexer's escape character: {@code '\''} reads back only under {@code \}, {@code '`''} only under a backtick.
     */
    static String singleQuotedSegments(String value, char escape) {
        return "'" + value.replace("'", "'" + escape + "''") + "'";
    }

    @Provide
    Arbitrary<Character> escapes() {
        return Arbitraries.of('\\', '`');
    }

    /** Strings heavy in the characters the lexer treats specially, mixed with arbitrary UTF-16. */
    @Provide
    Arbitrary<String> values() {
        Arbitrary<String> special = Arbitraries.strings().withChars("$\\`'\"{}:-+?#%/*<> \t\n\r=ab1_\u00A0\uFEFF")
                .ofMaxLength(30);
        Arbitrary<String> tokens = Arbitraries.of("$a", "${a}", "${a:-b}", "${", "}", "\\", "`", "'", "\"", "<<", " ",
                "\n", "$1", "$$", "${a//x/y}", "${a#*}", "안녕", "\uD83D\uDE80", "é").list().ofMaxSize(12)
                .map(parts -> String.join("", parts));
        Arbitrary<String> anything = Arbitraries.strings().all().ofMaxLength(30);
        return Arbitraries.oneOf(special, tokens, anything);
    }

    @Property(tries = 1000)
    void aDoubleQuotedValueReadsBackExactly(@ForAll("values") String value, @ForAll("escapes") char escape) {
        ExpandedWord read = ShellLexer.of(escape).processWord(doubleQuoted(value, escape), ENV);
        assertThat(read.value()).isEqualTo(value);
        assertThat(read.isLiteral()).isTrue();
    }

    @Property(tries = 1000)
    void aValueWithEveryCharacterEscapedReadsBackExactly(@ForAll("values") String value,
            @ForAll("escapes") char escape) {
        ExpandedWord read = ShellLexer.of(escape).processWord(everyCharacterEscaped(value, escape), ENV);
        assertThat(read.value()).isEqualTo(value);
        assertThat(read.isLiteral()).isTrue();
    }

    @Property(tries = 1000)
    void aSingleQuotedValueReadsBackExactlyWhenItsQuotesAreEscapedWithTheLexersEscape(@ForAll("values") String value,
            @ForAll("escapes") char escape) {
        assertThat(ShellLexer.of(escape).read(singleQuotedSegments(value, escape))).isEqualTo(value);
    }

    @Property(tries = 1000)
    void quotedWordsSeparatedByWhitespaceSplitBackIntoTheSameWords(@ForAll("wordLists") List<String> words,
            @ForAll("escapes") char escape, @ForAll("separators") String separator) {
        String text = String.join(separator, words.stream().map(w -> doubleQuoted(w, escape)).toList());
        assertThat(ShellLexer.of(escape).processWords(text, ENV)).isEqualTo(words);
    }

    @Provide
    Arbitrary<List<String>> wordLists() {
        return values().filter(v -> !v.isEmpty()).list().ofMaxSize(6);
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.of(" ", "  ", "\t", "\n", " \t\r\n ", "\u3000");
    }

    @Provide
    Arbitrary<String> plainWords() {
        return Arbitraries.strings().withChars("abc =:#%{}/*?!@.,;-+ \t\n").ofMaxLength(40);
    }

    @Property(tries = 1000)
    void aWordWithoutQuotesEscapesOrDollarsReadsAsItself(@ForAll("plainWords") String word,
            @ForAll("escapes") char escape) {
        ExpandedWord read = ShellLexer.of(escape).processWord(word, ENV);
        assertThat(read.value()).isEqualTo(word);
        assertThat(read.isLiteral()).isTrue();
        List<String> expectedWords = Arrays.stream(word.split("[ \t\n]+")).filter(w -> !w.isEmpty()).toList();
        assertThat(ShellLexer.of(escape).processWords(word, ENV)).isEqualTo(expectedWords);
    }

    @Provide
    Arbitrary<ShellLexer> lexers() {
        return Combinators.combine(escapes(), Arbitraries.of(UnsetVariables.class), Arbitraries.of(true, false),
                        Arbitraries.of(true, false), Arbitraries.of(true, false))
                .as((escape, unset, rawQuotes, rawEscapes, quotes) -> ShellLexer.of(escape, unset)
                        .withRawQuotes(rawQuotes).withRawEscapes(rawEscapes).withQuoteProcessing(quotes));
    }

    @Property(tries = 5000)
    void anyStringEitherExpandsOrFailsWithTheDocumentedException(@ForAll("values") String word,
            @ForAll("lexers") ShellLexer lexer) {
        try {
            ExpandedWord expanded = lexer.processWord(word, ENV);
            assertThat(expanded.unset()).isSubsetOf(expanded.referenced());
            List<String> words = lexer.processWords(word, ENV);
            assertThat(words).doesNotContain("");
        } catch (WordExpansionException e) {
            assertThat(e.word()).isEqualTo(word);
            assertThat(e.index()).isBetween(0, word.length());
            assertThat(e.getMessage()).isNotBlank();
            assertThat(e.buildKitMessage()).startsWith("failed to process \"").endsWith(e.getMessage());
        }
    }

    @Property(tries = 1000)
    void keepingUnsetReferencesChangesNothingWhenEveryVariableIsSet(@ForAll("values") String word,
            @ForAll("escapes") char escape) {
        Env everythingSet = new Env() {
            @Override
            public java.util.Optional<String> lookup(String name) {
                return java.util.Optional.of("<" + name + ">");
            }

            @Override
            public List<String> names() {
                return List.of();
            }
        };
        String expanded;
        try {
            expanded = ShellLexer.of(escape).processWord(word, everythingSet).value();
        } catch (WordExpansionException e) {
            return;
        }
        assertThat(ShellLexer.of(escape, UnsetVariables.KEEP).processWord(word, everythingSet).value())
                .isEqualTo(expanded);
        assertThat(ShellLexer.of(escape, UnsetVariables.ERROR).processWord(word, everythingSet).value())
                .isEqualTo(expanded);
    }
}
