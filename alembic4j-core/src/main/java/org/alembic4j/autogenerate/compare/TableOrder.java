package org.alembic4j.autogenerate.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.alembic4j.schema.ForeignKeyConstraint;
import org.alembic4j.schema.Table;

/**
 * Orders tables so that every table comes after the tables its foreign keys refer to (SQLAlchemy's
 * {@code sorted_tables}), deterministically by name among equals. Foreign keys that close a cycle
 * cannot be created inline and are reported separately, to be added once all tables exist.
 */
final class TableOrder {

    /** The order, and the foreign keys (by owning table) left out to break cycles. */
    record Result(List<Table> tables, Map<Table, List<ForeignKeyConstraint>> cyclic) {
    }

    private TableOrder() {
    }

    static Result sort(List<Table> tables, java.util.function.Function<Table, List<ForeignKeyConstraint>> fks) {
        Map<String, Table> byKey = new LinkedHashMap<>();
        tables.stream().sorted(Comparator.comparing((Table t) -> String.valueOf(t.schema())).thenComparing((Table t) -> t.name()))
                .forEach(t -> byKey.put(key(t.schema(), t.name()), t));
        Map<Table, Set<Table>> deps = new LinkedHashMap<>();
        for (Table t : byKey.values()) {
            Set<Table> d = new HashSet<>();
            for (ForeignKeyConstraint fk : fks.apply(t)) {
                Table target = byKey.get(key(fk.referredSchema() == null ? t.schema() : fk.referredSchema(), fk.referredTable()));
                if (target == null) {
                    target = byKey.get(key(fk.referredSchema(), fk.referredTable()));
                }
                if (target != null && target != t) {
                    d.add(target);
                }
            }
            deps.put(t, d);
        }
        List<Table> order = new ArrayList<>();
        Set<Table> placed = new HashSet<>();
        Map<Table, List<ForeignKeyConstraint>> cyclic = new LinkedHashMap<>();
        while (order.size() < byKey.size()) {
            Table next = null;
            for (Table t : byKey.values()) {
                if (!placed.contains(t) && placed.containsAll(deps.get(t))) {
                    next = t;
                    break;
                }
            }
            if (next == null) {
                // A cycle: place the first remaining table and defer its foreign keys to unplaced tables.
                next = byKey.values().stream().filter(t -> !placed.contains(t)).findFirst().orElseThrow();
                Table owner = next;
                List<ForeignKeyConstraint> deferred = new ArrayList<>();
                for (ForeignKeyConstraint fk : fks.apply(owner)) {
                    Table target = byKey.get(key(fk.referredSchema() == null ? owner.schema() : fk.referredSchema(),
                            fk.referredTable()));
                    if (target != null && target != owner && !placed.contains(target)) {
                        deferred.add(fk);
                    }
                }
                cyclic.put(owner, deferred);
            }
            order.add(next);
            placed.add(next);
        }
        return new Result(order, cyclic);
    }

    private static String key(String schema, String name) {
        return Objects.toString(schema, "") + "\u0000" + name.toLowerCase(java.util.Locale.ROOT);
    }
}
