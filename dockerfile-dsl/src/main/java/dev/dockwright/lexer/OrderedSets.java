package dev.dockwright.lexer;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/** Unmodifiable copies that keep insertion order, which {@code Set.copyOf} does not. */
final class OrderedSets {

    private OrderedSets() {
    }

    static Set<String> copyOf(Set<String> names, String what) {
        Objects.requireNonNull(names, what);
        if (names.isEmpty()) {
            return Set.of();
        }
        Set<String> copy = new LinkedHashSet<>();
        for (String name : names) {
            copy.add(Objects.requireNonNull(name, () -> what + " contains null"));
        }
        return Collections.unmodifiableSet(copy);
    }
}
