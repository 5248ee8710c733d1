package dev.dockwright.lexer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Which variables a word looks up, and which of them are unset: what the UndefinedVar rule reports. */
class ReferencesTest {

    static final Env ENV = Env.of(Map.of("APP", "web", "EMPTY", "", "TARGETARCH", "arm64"));

    private static Arguments refs(String word, String value, List<String> referenced, List<String> unset) {
        return Arguments.of(word, value, referenced, unset);
    }

    static Stream<Arguments> references() {
        return Stream.of(
                refs("plain", "plain", List.of(), List.of()),
                refs("'$APP'", "$APP", List.of(), List.of()),
                refs("\\$APP", "$APP", List.of(), List.of()),
                refs("$", "$", List.of(), List.of()),
                refs("$APP", "web", List.of("APP"), List.of()),
                refs("$NOPE", "", List.of("NOPE"), List.of("NOPE")),
                refs("$EMPTY", "", List.of("EMPTY"), List.of()),
                refs("$APP-$NOPE-$APP", "web--web", List.of("APP", "NOPE"), List.of("NOPE")),
                refs("${NOPE:-$APP}", "web", List.of("APP", "NOPE"), List.of("NOPE")),
                refs("${APP:-$NOPE}", "web", List.of("NOPE", "APP"), List.of("NOPE")),
                refs("${NOPE:+$OTHER}", "", List.of("OTHER", "NOPE"), List.of("OTHER", "NOPE")),
                refs("${APP/$FROM/$TO}", "web", List.of("FROM", "TO", "APP"), List.of("FROM", "TO")),
                refs("${APP#$EMPTY}", "web", List.of("EMPTY", "APP"), List.of()),
                refs("\"$APP\" '$NOPE'", "web $NOPE", List.of("APP"), List.of()),
                refs("$1 $@ ${#}", "  ", List.of("1", "@", "#"), List.of("1", "@", "#")),
                refs("${app}", "", List.of("app"), List.of("app")),
                refs("${/a/b}", "", List.of(""), List.of("")),
                refs("bin-${TARGETARCH}${TARGETVARIANT:+-$TARGETVARIANT}", "bin-arm64",
                        List.of("TARGETARCH", "TARGETVARIANT", "TARGETVARIANT"), List.of("TARGETVARIANT")));
    }

    @ParameterizedTest(name = "{0}: referenced {2}, unset {3}")
    @MethodSource("references")
    void reportsTheNamesBuildKitLooksUp(String word, String value, List<String> referenced, List<String> unset) {
        ExpandedWord expanded = ShellLexer.of('\\').processWord(word, ENV);
        assertThat(expanded.value()).isEqualTo(value);
        assertThat(expanded.referenced()).containsExactlyElementsOf(referenced.stream().distinct().toList());
        assertThat(expanded.unset()).containsExactlyElementsOf(unset.stream().distinct().toList());
        assertThat(expanded.isLiteral()).isEqualTo(referenced.isEmpty());
    }

    @Test
    void aDefaultIsExpandedAndLookedUpEvenWhenItIsNotUsed() {
        ExpandedWord expanded = ShellLexer.of('\\').processWord("${APP:-${UNUSED}}", ENV);
        assertThat(expanded.value()).isEqualTo("web");
        assertThat(expanded.unset()).containsExactly("UNUSED");
    }

    @Test
    void caseInsensitiveLookupMatchesLikeBuildKitOnWindows() {
        Env windows = Env.caseInsensitive(Map.of("Path", "C:\\bin"));
        ExpandedWord expanded = ShellLexer.of('`').processWord("$PATH;$path;$NOPE", windows);
        assertThat(expanded.value()).isEqualTo("C:\\bin;C:\\bin;");
        assertThat(expanded.referenced()).containsExactly("PATH", "path", "NOPE");
        assertThat(expanded.unset()).containsExactly("NOPE");
    }
}
