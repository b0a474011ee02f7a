package org.alembic4j.autogenerate.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import org.alembic4j.op.Ops;
import org.alembic4j.schema.Table;
import org.junit.jupiter.api.Test;

/** The hashed table lookup matches exactly as the scanning {@link Names#find} over the same schema. */
class TableLookupTest {

    private static Table table(String schema, String name) {
        Table t = Ops.table(name, Ops.column("id", Ops.INTEGER));
        return schema == null ? t : t.schema(schema);
    }

    @Test
    void exactNameFirstThenTheOnlyNameDifferingInCase() {
        Table upper = table(null, "Account");
        Table lower = table(null, "account");
        Table other = table("audit", "ACCOUNT");
        TableLookup lookup = new TableLookup(List.of(upper, lower, other));

        assertThat(lookup.find(table(null, "account"))).containsSame(lower);
        assertThat(lookup.find(table(null, "Account"))).containsSame(upper);
        assertThat(lookup.find(table(null, "ACCOUNT"))).as("two tables differ only in case: no match").isEmpty();
        assertThat(lookup.find(table("audit", "account"))).containsSame(other);

        lookup.remove(lower);
        assertThat(lookup.find(table(null, "account"))).as("then the one left, by case").containsSame(upper);
        assertThat(lookup.find(table(null, "ACCOUNT"))).containsSame(upper);
    }

    @Test
    void agreesWithScanningOnRandomTablesAndRemovals() {
        String[] names = {"a", "A", "b", "B", "ab", "aB", "Ab", "\u0130", "i", "I", "\u0131", "\u00df", "SS"};
        String[] schemas = {null, "s", "S"};
        qt().withExamples(3_000).forAll(longs().all()).checkAssert(seed -> {
            Random random = new Random(seed);
            List<Table> tables = new ArrayList<>();
            for (int i = random.nextInt(8); i > 0; i--) {
                tables.add(table(schemas[random.nextInt(schemas.length)], names[random.nextInt(names.length)]));
            }
            TableLookup lookup = new TableLookup(tables);
            for (int step = 0; step < 6; step++) {
                Table wanted = table(schemas[random.nextInt(schemas.length)], names[random.nextInt(names.length)]);
                List<Table> sameSchema = tables.stream().filter(t -> Objects.equals(t.schema(), wanted.schema())).toList();
                Optional<Table> scanned = Names.find(sameSchema, Table::name, wanted.name());
                Optional<Table> hashed = lookup.find(wanted);
                assertThat(hashed.orElse(null)).as("seed %d: %s.%s among %s", seed, wanted.schema(), wanted.name(),
                        tables.stream().map(t -> t.schema() + "." + t.name()).toList()).isSameAs(scanned.orElse(null));
                if (!tables.isEmpty() && random.nextBoolean()) {
                    Table gone = tables.remove(random.nextInt(tables.size()));
                    lookup.remove(gone);
                }
            }
        });
    }
}
