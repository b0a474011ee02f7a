package org.alembic4j.autogenerate.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
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

    /**
     * Kahn's algorithm with the ready tables in a heap by name order: each step places the first
     * table (by schema, then name) whose referenced tables are all placed, as a scan from the
     * start would, but without rescanning 500 tables 500 times. When none is ready, a cycle: the
     * first unplaced table is placed and its foreign keys to unplaced tables are deferred.
     */
    static Result sort(List<Table> tables, java.util.function.Function<Table, List<ForeignKeyConstraint>> fks) {
        List<Table> sorted = new ArrayList<>(tables);
        sorted.sort(BY_SCHEMA_AND_NAME);
        Map<String, Integer> byKey = new HashMap<>();
        List<Table> unique = new ArrayList<>();
        for (Table t : sorted) {
            String k = key(t.schema(), t.name());
            if (!byKey.containsKey(k)) {
                byKey.put(k, unique.size());
                unique.add(t);
            } else {
                unique.set(byKey.get(k), t); // the last of equal keys wins, as in a map
            }
        }
        int n = unique.size();
        int[] pending = new int[n];
        List<List<Integer>> dependents = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            dependents.add(new ArrayList<>(1));
        }
        for (int i = 0; i < n; i++) {
            Set<Integer> targets = new HashSet<>();
            for (ForeignKeyConstraint fk : fks.apply(unique.get(i))) {
                Integer target = target(byKey, unique.get(i), fk);
                if (target != null && target != i && targets.add(target)) {
                    dependents.get(target).add(i);
                }
            }
            pending[i] = targets.size();
        }
        PriorityQueue<Integer> ready = new PriorityQueue<>();
        for (int i = 0; i < n; i++) {
            if (pending[i] == 0) {
                ready.add(i);
            }
        }
        boolean[] placed = new boolean[n];
        List<Table> order = new ArrayList<>(n);
        Map<Table, List<ForeignKeyConstraint>> cyclic = new LinkedHashMap<>();
        int firstUnplaced = 0;
        while (order.size() < n) {
            Integer next = ready.poll();
            if (next == null) {
                while (placed[firstUnplaced]) {
                    firstUnplaced++;
                }
                next = firstUnplaced;
                Table owner = unique.get(next);
                List<ForeignKeyConstraint> deferred = new ArrayList<>();
                for (ForeignKeyConstraint fk : fks.apply(owner)) {
                    Integer target = target(byKey, owner, fk);
                    if (target != null && target != next.intValue() && !placed[target]) {
                        deferred.add(fk);
                    }
                }
                cyclic.put(owner, deferred);
            }
            placed[next] = true;
            order.add(unique.get(next));
            for (int dependent : dependents.get(next)) {
                if (--pending[dependent] == 0 && !placed[dependent]) {
                    ready.add(dependent);
                }
            }
        }
        return new Result(order, cyclic);
    }

    /** The table a foreign key refers to, looked up as the owner's schema first, then as written. */
    private static Integer target(Map<String, Integer> byKey, Table owner, ForeignKeyConstraint fk) {
        Integer target = byKey.get(key(fk.referredSchema() == null ? owner.schema() : fk.referredSchema(),
                fk.referredTable()));
        return target != null ? target : byKey.get(key(fk.referredSchema(), fk.referredTable()));
    }

    /** By schema (null as "null", as before), then by name. A class: comparator lambdas cost a cold JVM. */
    private static final Comparator<Table> BY_SCHEMA_AND_NAME = new Comparator<>() {
        @Override
        public int compare(Table a, Table b) {
            int bySchema = String.valueOf(a.schema()).compareTo(String.valueOf(b.schema()));
            return bySchema != 0 ? bySchema : a.name().compareTo(b.name());
        }
    };

    private static String key(String schema, String name) {
        return Objects.toString(schema, "") + "\u0000" + name.toLowerCase(java.util.Locale.ROOT);
    }
}
