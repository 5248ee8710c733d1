package dev.dockwright.lexer;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One Dockerfile word as BuildKit reads it: quotes removed, escapes processed, variables substituted, plus the
 * variables the word looked up.
 *
 * <pre>{@code
 * ExpandedWord w = ShellLexer.of('\\').processWord("${HOME}/$APP-\"v 1\"", Env.of(Map.of("HOME", "/root")));
 * w.value();        // "/root/-v 1"
 * w.referenced();   // [HOME, APP]
 * w.unset();        // [APP]
 * }</pre>
 *
 * @param value      the expanded word
 * @param referenced every variable name the word looked up, set or not, in the order BuildKit looked them up (a
 *                   default's own variables come before the variable they are the default of); BuildKit's
 *                   {@code Matched} and {@code Unmatched} together
 * @param unset      the referenced names that were not set (BuildKit's {@code Unmatched}, what {@code UndefinedVar}
 *                   reports), in the same order
 */
public record ExpandedWord(String value, Set<String> referenced, Set<String> unset) {

    /**
     * Copies both sets, keeping their order; every unset name must be referenced.
     *
     * @param value the expanded text
     * @param referenced the names the word looked up, in order
     * @param unset the names among them that were not set
     * @throws IllegalArgumentException if an unset name is not among the referenced ones
     */
    public ExpandedWord {
        Objects.requireNonNull(value, "value");
        referenced = orderedCopy(referenced, "referenced");
        unset = orderedCopy(unset, "unset");
        for (String name : unset) {
            if (!referenced.contains(name)) {
                throw new IllegalArgumentException("unset variable is not referenced: " + name);
            }
        }
    }

    /** An unmodifiable copy that keeps the order, which {@code Set.copyOf} does not. */
    private static Set<String> orderedCopy(Set<String> names, String what) {
        Objects.requireNonNull(names, what);
        Set<String> copy = new LinkedHashSet<>();
        for (String name : names) {
            copy.add(Objects.requireNonNull(name, () -> what + " contains null"));
        }
        return Collections.unmodifiableSet(copy);
    }

    /**
     * Whether the word looked up no variable at all, so its value does not depend on any {@link Env}.
     *
     * @return true when no name was referenced
     */
    public boolean isLiteral() {
        return referenced.isEmpty();
    }
}
