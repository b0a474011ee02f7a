package org.alembic4j.autogenerate.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.alembic4j.schema.ForeignKeyConstraint;
import org.alembic4j.schema.Table;
import org.junit.jupiter.api.Test;

/**
 * The table order on random schemas, cycles and self-references included, against the plain
 * definition: repeatedly place the first table (by schema, then name) whose referenced tables are
 * placed; when there is none, the first unplaced table, deferring its foreign keys to unplaced ones.
 */
class TableOrderTest {

    @Test
    void aChainComesReferencedFirstAndACycleDefersOneKey() {
        Table a = table(null, "a", "b");
        Table b = table(null, "b", "c");
        Table c = table(null, "c");
        assertThat(TableOrder.sort(List.of(a, b, c), TableComparator::foreignKeys).tables()).containsExactly(c, b, a);

        Table x = table(null, "x", "y");
        Table y = table(null, "y", "x");
        TableOrder.Result cycle = TableOrder.sort(List.of(y, x), TableComparator::foreignKeys);
        assertThat(cycle.tables()).containsExactly(x, y);
        assertThat(cycle.cyclic()).containsOnlyKeys(x);
        assertThat(cycle.cyclic().get(x)).extracting(ForeignKeyConstraint::referredTable).containsExactly("y");
    }

    @Test
    void randomSchemasAreOrderedAsTheDefinitionSays() {
        qt().withExamples(300).forAll(integers().between(1, 40), longs().all()).checkAssert((size, seed) -> {
            Random random = new Random(seed);
            List<Table> tables = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                String schema = random.nextInt(4) == 0 ? "other" : null;
                int fks = random.nextInt(3);
                String[] refs = new String[fks];
                for (int f = 0; f < fks; f++) {
                    refs[f] = "t" + random.nextInt(size + 2); // some refer to nothing, some to themselves
                }
                tables.add(table(schema, "t" + random.nextInt(size * 2), refs));
            }
            TableOrder.Result actual = TableOrder.sort(tables, TableComparator::foreignKeys);
            TableOrder.Result expected = definition(tables);
            assertThat(actual.tables()).isEqualTo(expected.tables());
            assertThat(actual.cyclic()).isEqualTo(expected.cyclic());
        });
    }

    private static Table table(String schema, String name, String... referred) {
        List<ForeignKeyConstraint> fks = new ArrayList<>();
        for (String r : referred) {
            fks.add(new ForeignKeyConstraint(null, List.of("ref_" + r), null, r, List.of("id"), null, null, null, null, null));
        }
        return new Table(schema, name, fks, null, Map.of());
    }

    /** The definition, scanning from the start for every table placed. */
    private static TableOrder.Result definition(List<Table> tables) {
        List<Table> sorted = new ArrayList<>(tables);
        sorted.sort((a, b) -> {
            int bySchema = String.valueOf(a.schema()).compareTo(String.valueOf(b.schema()));
            return bySchema != 0 ? bySchema : a.name().compareTo(b.name());
        });
        Map<String, Table> byKey = new LinkedHashMap<>();
        for (Table t : sorted) {
            byKey.put(key(t.schema(), t.name()), t);
        }
        Map<Table, Set<Table>> deps = new HashMap<>();
        for (Table t : byKey.values()) {
            Set<Table> d = new HashSet<>();
            for (ForeignKeyConstraint fk : TableComparator.foreignKeys(t)) {
                Table target = lookup(byKey, t, fk);
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
                next = byKey.values().stream().filter(t -> !placed.contains(t)).findFirst().orElseThrow();
                List<ForeignKeyConstraint> deferred = new ArrayList<>();
                for (ForeignKeyConstraint fk : TableComparator.foreignKeys(next)) {
                    Table target = lookup(byKey, next, fk);
                    if (target != null && target != next && !placed.contains(target)) {
                        deferred.add(fk);
                    }
                }
                cyclic.put(next, deferred);
            }
            order.add(next);
            placed.add(next);
        }
        return new TableOrder.Result(order, cyclic);
    }

    private static Table lookup(Map<String, Table> byKey, Table owner, ForeignKeyConstraint fk) {
        Table target = byKey.get(key(fk.referredSchema() == null ? owner.schema() : fk.referredSchema(), fk.referredTable()));
        return target != null ? target : byKey.get(key(fk.referredSchema(), fk.referredTable()));
    }

    private static String key(String schema, String name) {
        return (schema == null ? "" : schema) + "\u0000" + name.toLowerCase(java.util.Locale.ROOT);
    }
}
