package org.alembic4j.autogenerate.compare;

import java.util.Collection;
import java.util.Optional;
import java.util.function.Function;

/** Matching of names between the two sides: exact first, then ignoring case (databases differ in folding). */
final class Names {

    private Names() {
    }

    static <T> Optional<T> find(Collection<T> items, Function<T, String> name, String wanted) {
        if (wanted == null) {
            return Optional.empty();
        }
        T folded = null;
        int foldedMatches = 0;
        for (T item : items) {
            String n = name.apply(item);
            if (wanted.equals(n)) {
                return Optional.of(item);
            }
            if (wanted.equalsIgnoreCase(n) && foldedMatches++ == 0) {
                folded = item;
            }
        }
        return foldedMatches == 1 ? Optional.of(folded) : Optional.empty();
    }

    static String qualified(String schema, String table) {
        return schema == null ? table : schema + "." + table;
    }
}
