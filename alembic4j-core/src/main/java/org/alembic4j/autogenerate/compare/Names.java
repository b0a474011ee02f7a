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
        Optional<T> exact = items.stream().filter(i -> wanted.equals(name.apply(i))).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        var folded = items.stream().filter(i -> wanted.equalsIgnoreCase(name.apply(i))).toList();
        return folded.size() == 1 ? Optional.of(folded.get(0)) : Optional.empty();
    }

    static String qualified(String schema, String table) {
        return schema == null ? table : schema + "." + table;
    }
}
