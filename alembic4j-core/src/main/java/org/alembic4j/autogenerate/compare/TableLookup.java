package org.alembic4j.autogenerate.compare;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.alembic4j.schema.Table;

/**
 * Tables found by schema and name as {@link Names#find} matches them (the same name first, else
 * the one table whose name differs only in case), by hash instead of by scanning: comparing 500
 * target tables with 500 database tables asked a quarter of a million name comparisons. Tables
 * can be taken out as they are matched.
 */
final class TableLookup {

    /** By schema and exact name, in the order added. */
    private final Map<Key, List<Table>> exact = new HashMap<>();
    /** By schema and case-folded name, in the order added. */
    private final Map<Key, List<Table>> folded = new HashMap<>();

    TableLookup(Collection<Table> tables) {
        for (Table t : tables) {
            add(t);
        }
    }

    void add(Table t) {
        put(exact, new Key(t.schema(), t.name()), t);
        put(folded, new Key(t.schema(), fold(t.name())), t);
    }

    /** Takes out this very table (by identity), if present. */
    void remove(Table t) {
        removeIdentical(exact.get(new Key(t.schema(), t.name())), t);
        removeIdentical(folded.get(new Key(t.schema(), fold(t.name()))), t);
    }

    /** The table of {@code wanted}'s schema named as it is, else the only one named so but for case. */
    Optional<Table> find(Table wanted) {
        if (wanted.name() == null) {
            return Optional.empty();
        }
        List<Table> same = exact.get(new Key(wanted.schema(), wanted.name()));
        if (same != null && !same.isEmpty()) {
            return Optional.of(same.get(0));
        }
        List<Table> similar = folded.get(new Key(wanted.schema(), fold(wanted.name())));
        return similar != null && similar.size() == 1 ? Optional.of(similar.get(0)) : Optional.empty();
    }

    private static void put(Map<Key, List<Table>> map, Key key, Table t) {
        List<Table> tables = map.get(key);
        if (tables == null) {
            tables = new ArrayList<>(1);
            map.put(key, tables);
        }
        tables.add(t);
    }

    private static void removeIdentical(List<Table> tables, Table t) {
        if (tables != null) {
            for (int i = 0; i < tables.size(); i++) {
                if (tables.get(i) == t) {
                    tables.remove(i);
                    return;
                }
            }
        }
    }

    /**
     * The same equivalence as {@link String#equalsIgnoreCase}: characters match when their upper
     * cases do, or the lower cases of those.
     */
    static String fold(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            out.append(Character.toLowerCase(Character.toUpperCase(name.charAt(i))));
        }
        return out.toString();
    }

    /**
     * A class, not a record: a record's equals and hashCode are linked by invokedynamic and run as
     * method-handle chains, which a cold JVM interprets (17 ms for the 3000 look-ups of 500 tables).
     */
    private static final class Key {
        private final String schema;
        private final String name;

        Key(String schema, String name) {
            this.schema = schema;
            this.name = Objects.requireNonNull(name);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && name.equals(k.name) && Objects.equals(schema, k.schema);
        }

        @Override
        public int hashCode() {
            return 31 * name.hashCode() + (schema == null ? 0 : schema.hashCode());
        }
    }
}
