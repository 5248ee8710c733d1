package dev.dockwright.lexer;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The variables a word is expanded against: build args and environment variables in scope.
 *
 * <pre>{@code
 * Env env = Env.of(Map.of("VERSION", "1.2"));
 * env.lookup("VERSION");   // Optional[1.2]
 * env.lookup("version");   // Optional.empty: names are case-sensitive, as on Linux
 * Env.caseInsensitive(Map.of("Path", "C:\\bin")).lookup("PATH");   // Optional[C:\bin], as on Windows
 * }</pre>
 *
 * <p>A variable that is set to the empty string is set: {@code lookup} returns {@code Optional.of("")}, which
 * {@code ${v-w}} and {@code ${v:-w}} tell apart.
 */
public interface Env {

    /**
     * The value of {@code name}, or empty when the variable is not set.
     *
     * @param name the variable name, such as {@code PATH}
     * @return the value, possibly empty
     */
    Optional<String> lookup(String name);

    /**
     * The names of the variables that are set, in the order they were defined (linters suggest from these).
     *
     * @return the names, each once
     */
    List<String> names();

    /**
     * No variables at all.
     *
     * @return the empty environment
     */
    static Env empty() {
        return MapEnv.EMPTY;
    }

    /**
     * The variables of {@code values}, in its iteration order, looked up case-sensitively (BuildKit on Linux).
     *
     * @param values names to values
     * @return the environment
     */
    static Env of(Map<String, String> values) {
        return MapEnv.of(values, false);
    }

    /**
     * Variables from {@code NAME=value} entries, as BuildKit's {@code EnvsFromSlice} reads them: the value is
     * everything after the first {@code =}, an entry without {@code =} sets the variable to the empty string, and a
     * later entry overrides an earlier one.
     *
     * @param entries entries such as {@code PATH=/usr/bin}
     * @return the environment
     */
    static Env ofEntries(List<String> entries) {
        return MapEnv.ofEntries(entries);
    }

    /**
     * The variables of {@code values}, looked up case-insensitively as BuildKit does on Windows: names are compared
     * after upper-casing each character, and a later name overrides an earlier one that differs only in case.
     *
     * @param values names to values
     * @return the environment
     */
    static Env caseInsensitive(Map<String, String> values) {
        return MapEnv.of(values, true);
    }
}
