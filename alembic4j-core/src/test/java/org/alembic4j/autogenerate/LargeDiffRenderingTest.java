package org.alembic4j.autogenerate;

import static org.alembic4j.op.Ops.INTEGER;
import static org.alembic4j.op.Ops.column;
import static org.alembic4j.op.Ops.string;
import static org.alembic4j.op.Ops.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alembic4j.dialect.Dialects;
import org.alembic4j.schema.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A diff large enough to render its downgrade on a second thread renders exactly what the upgrade undoes. */
class LargeDiffRenderingTest {

    @TempDir
    Path dir;

    @Test
    void theDowngradeOfManyTablesDropsThemInReverseOrder() throws Exception {
        List<Table> tables = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            tables.add(i % 3 == 1
                    ? table("t_" + i, column("id", INTEGER).primaryKey(), column("name", string(20)))
                    : table("t_" + i, column("id", INTEGER).primaryKey(), column("parent_id", INTEGER).references("t_" + (i - 1) + ".id")));
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("empty.db"))) {
            Diff diff = Autogenerate.compare(c, Dialects.forName("sqlite"), TargetSchema.of(tables), AutogenerateOptions.defaults());
            List<String> created = names(diff.renderUpgrade(), "op.createTable(table(\"");
            List<String> dropped = names(diff.renderDowngrade(), "op.dropTable(\"");
            assertThat(created).hasSize(120);
            Collections.reverse(dropped);
            assertThat(dropped).isEqualTo(created);
            assertThat(created.indexOf("t_4")).isLessThan(created.indexOf("t_5")); // referenced first
            assertThat(diff.imports()).contains("import static org.alembic4j.op.Ops.*;");
        }
    }

    private static List<String> names(String body, String call) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(Pattern.quote(call) + "([a-z_0-9]+)\"").matcher(body);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }
}
