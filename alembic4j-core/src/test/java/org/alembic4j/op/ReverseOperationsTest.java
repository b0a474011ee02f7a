package org.alembic4j.op;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.alembic4j.dialect.Dialects;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * For corpus cases whose downgrade undoes the upgrade exactly, the reverse of the upgrade's
 * operations renders what Alembic printed for the downgrade.
 */
class ReverseOperationsTest {

    private static final List<String> CASES = List.of("add_column_basic", "add_column_comment", "add_column_reserved_word",
            "add_column_schema", "add_column_primary_key",
            "alter_column_mysql_existing_all", "alter_column_rename", "alter_column_rename_existing", "alter_column_type_existing",
            "alter_column_comment", "alter_column_server_default_drop", "create_check_constraint_schema",
            "create_check_constraint_string", "create_foreign_key_basic", "create_foreign_key_composite", "create_foreign_key_schema",
            "create_index_basic", "create_index_multi_column", "create_index_schema", "create_index_unique",
            "create_primary_key_basic", "create_primary_key_schema", "create_table_comment_basic", "create_table_comment_replace",
            "create_table_comments", "create_table_composite_pk", "create_table_autoincrement", "create_unique_constraint_basic",
            "create_unique_constraint_schema", "rename_table_basic", "rename_table_schema", "table_comment_schema",
            "batch_add_column_auto", "add_column_enum_native");

    @TestFactory
    Stream<DynamicTest> reverseOfUpgradeIsTheDowngrade() {
        Assumptions.assumeTrue(OpsGoldenTest.corpusPresent(), "conformance corpus not available");
        List<DynamicTest> tests = new ArrayList<>();
        for (String id : CASES) {
            for (String dialect : OpsGoldenTest.DIALECTS) {
                tests.add(DynamicTest.dynamicTest(id + " " + dialect, () -> {
                    JsonNode result = OpsGoldenTest.load(id).path("results").path(dialect).path("1.20.0");
                    Assumptions.assumeTrue(!result.path("downgrade_sql").isNull() && !result.path("upgrade_sql").isNull()
                            && Deviations.find(id, dialect, "downgrade") == null, "Alembic refused this on " + dialect);
                    RecordingContext up = new RecordingContext(Dialects.forName(dialect));
                    GoldenCases.all().get(id).upgrade().accept(up.operations());
                    RecordingContext down = new RecordingContext(Dialects.forName(dialect));
                    List<MigrationOperation> ops = new ArrayList<>(up.operations);
                    java.util.Collections.reverse(ops);
                    for (MigrationOperation op : ops) {
                        Optional<MigrationOperation> reverse = op.reverse();
                        assertThat(reverse).as("reverse of " + op.toJava()).isPresent();
                        down.operations().invoke(reverse.get());
                    }
                    assertThat(down.output()).isEqualTo(result.path("downgrade_sql").asText());
                }));
            }
        }
        return tests.stream();
    }

    @org.junit.jupiter.api.Test
    void aChangeWhosePreviousValueIsUnknownHasNoReverse() {
        RecordingContext ctx = new RecordingContext(Dialects.forName("postgresql"));
        ctx.operations().alterColumn("account", "name", a -> a.nullable(false).existingType(Ops.string(50)));
        ctx.operations().dropColumn("account", "email");
        assertThat(ctx.operations.get(0).reverse()).isEmpty();
        assertThat(ctx.operations.get(1).reverse()).isEmpty();
    }
}
