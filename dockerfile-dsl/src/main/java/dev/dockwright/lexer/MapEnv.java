package dev.dockwright.lexer;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An {@link Env} over a fixed, ordered map; the case-insensitive form upper-cases names like BuildKit on Windows.
 *
 * <pre>{@code
 * MapEnv.ofEntries(List.of("A=1", "B", "A=2")).lookup("A");   // Optional[2]
 * MapEnv.of(Map.of("Path", "x"), true).lookup("PATH");        // Optional[x]
 * }</pre>
 */
final class MapEnv implements Env {

    static final MapEnv EMPTY = new MapEnv(Map.of(), List.of(), false);

    private final Map<String, String> valuesByKey;
    private final List<String> names;
    private final boolean ignoreCase;

    private MapEnv(Map<String, String> valuesByKey, List<String> names, boolean ignoreCase) {
        this.valuesByKey = valuesByKey;
        this.names = names;
        this.ignoreCase = ignoreCase;
    }

    static MapEnv of(Map<String, String> values, boolean ignoreCase) {
        Objects.requireNonNull(values, "values");
        Map<String, String> byKey = new LinkedHashMap<>();
        Set<String> names = new LinkedHashSet<>();
        values.forEach((name, value) -> {
            Objects.requireNonNull(name, "variable name");
            Objects.requireNonNull(value, () -> "value of variable " + name);
            byKey.put(ignoreCase ? upperCase(name) : name, value);
            names.add(name);
        });
        return new MapEnv(byKey, List.copyOf(names), ignoreCase);
    }

    static MapEnv ofEntries(List<String> entries) {
        Objects.requireNonNull(entries, "entries");
        Map<String, String> values = new LinkedHashMap<>();
        for (String entry : entries) {
            Objects.requireNonNull(entry, "entry");
            int eq = entry.indexOf('=');
            String name = eq < 0 ? entry : entry.substring(0, eq);
            String value = eq < 0 ? "" : entry.substring(eq + 1);
            // a redefinition moves nothing: the name keeps its first position, as a map put does
            values.put(name, value);
        }
        return of(values, false);
    }

    @Override
    public Optional<String> lookup(String name) {
        Objects.requireNonNull(name, "name");
        return Optional.ofNullable(valuesByKey.get(ignoreCase ? upperCase(name) : name));
    }

    @Override
    public List<String> names() {
        return names;
    }

    @Override
    public String toString() {
        return (ignoreCase ? "Env.caseInsensitive" : "Env") + valuesByKey;
    }

    /** Go's {@code strings.ToUpper}: the simple, one-to-one mapping of each code point (so {@code ß} stays). */
    private static String upperCase(String name) {
        StringBuilder out = new StringBuilder(name.length());
        name.codePoints().map(Character::toUpperCase).forEach(out::appendCodePoint);
        return out.toString();
    }
}
