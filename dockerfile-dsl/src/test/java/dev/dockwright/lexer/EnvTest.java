package dev.dockwright.lexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EnvTest {

    @Test
    void lookupIsCaseSensitiveAndTellsEmptyFromUnset() {
        Env env = Env.of(Map.of("A", "1", "E", ""));
        assertThat(env.lookup("A")).contains("1");
        assertThat(env.lookup("a")).isEmpty();
        assertThat(env.lookup("E")).contains("");
        assertThat(env.lookup("X")).isEmpty();
    }

    @Test
    void namesKeepTheOrderOfTheMap() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Z", "1");
        values.put("A", "2");
        values.put("M", "3");
        assertThat(Env.of(values).names()).containsExactly("Z", "A", "M");
    }

    @Test
    void theEnvIsACopy() {
        Map<String, String> values = new HashMap<>(Map.of("A", "1"));
        Env env = Env.of(values);
        values.put("A", "2");
        assertThat(env.lookup("A")).contains("1");
        assertThat(env.names()).isUnmodifiable();
    }

    @Test
    void entriesAreReadLikeBuildKitsEnvsFromSlice() {
        Env env = Env.ofEntries(List.of("A=1", "B", "C=x=y", "A=2", "=v"));
        assertThat(env.lookup("A")).contains("2");
        assertThat(env.lookup("B")).contains("");
        assertThat(env.lookup("C")).contains("x=y");
        assertThat(env.lookup("")).contains("v");
        assertThat(env.names()).containsExactly("A", "B", "C", "");
    }

    @Test
    void caseInsensitiveUpperCasesEachCharacterLikeGo() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("Path", "a");
        values.put("PATH", "b");
        values.put("straße", "c");
        Env env = Env.caseInsensitive(values);
        assertThat(env.lookup("path")).contains("b");
        assertThat(env.lookup("STRAßE")).contains("c");
        assertThat(env.lookup("STRASSE")).isEmpty();
        assertThat(env.names()).containsExactly("Path", "PATH", "straße");
    }

    @Test
    void emptyHasNothing() {
        assertThat(Env.empty().lookup("PATH")).isEqualTo(Optional.empty());
        assertThat(Env.empty().names()).isEmpty();
    }

    @Test
    void nullsAreRefused() {
        Map<String, String> withNullValue = new HashMap<>();
        withNullValue.put("A", null);
        assertThatThrownBy(() -> Env.of(withNullValue)).hasMessage("value of variable A");
        assertThatThrownBy(() -> Env.of(null)).hasMessage("values");
        assertThatThrownBy(() -> Env.empty().lookup(null)).hasMessage("name");
    }

    @Test
    void aLambdaEnvWorksToo() {
        Env scoped = new Env() {
            @Override
            public Optional<String> lookup(String name) {
                return name.startsWith("BUILD") ? Optional.of("yes") : Optional.empty();
            }

            @Override
            public List<String> names() {
                return List.of("BUILDPLATFORM");
            }
        };
        ExpandedWord w = ShellLexer.of('\\').processWord("$BUILDOS/$TARGETOS", scoped);
        assertThat(w.value()).isEqualTo("yes/");
        assertThat(w.unset()).isEqualTo(Set.of("TARGETOS"));
    }

    @Test
    void expandedWordChecksItsSets() {
        assertThatThrownBy(() -> new ExpandedWord("v", Set.of("A"), Set.of("B")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unset variable is not referenced: B");
        ExpandedWord w = new ExpandedWord("v", new java.util.LinkedHashSet<>(List.of("B", "A")), Set.of());
        assertThat(w.referenced()).containsExactly("B", "A").isUnmodifiable();
    }
}
