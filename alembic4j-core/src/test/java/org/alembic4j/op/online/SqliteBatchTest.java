package org.alembic4j.op.online;

import static org.alembic4j.op.Ops.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.alembic4j.AlembicException;
import org.alembic4j.op.DefaultOperations;
import org.alembic4j.op.Operations;
import org.alembic4j.op.Recreate;
import org.junit.jupiter.api.Test;

/** SQLite batch mode on a table it has to reflect: every row, constraint and index survives the copy. */
class SqliteBatchTest {

    private static String query(TestDatabase db, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Statement st = db.connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= n; i++) {
                    row.add(rs.getString(i));
                }
                out.add(String.join("|", row));
            }
        }
        return String.join("\n", out);
    }

    @Test
    void reflectedTableKeepsRowsConstraintsAndIndexes() throws Exception {
        try (TestDatabase db = TestDatabase.open("sqlite")) {
            db.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY)");
            db.execute("CREATE TABLE child (id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT, parent_id INTEGER, "
                    + "code VARCHAR(10) NOT NULL DEFAULT 'x', note TEXT, qty INTEGER CHECK (qty >= 0), "
                    + "CONSTRAINT fk_child_parent FOREIGN KEY(parent_id) REFERENCES parent (id) ON DELETE CASCADE, "
                    + "CONSTRAINT uq_child_code UNIQUE (code), CONSTRAINT ck_child_note CHECK (length(note) < 100))");
            db.execute("CREATE INDEX ix_child_note ON child (note)");
            db.execute("CREATE INDEX ix_child_lower ON child (lower(code)) WHERE code <> ''");
            db.execute("INSERT INTO parent (id) VALUES (1), (2)");
            db.execute("INSERT INTO child (id, parent_id, code, note, qty) VALUES (1, 1, 'a', 'first', 1), "
                    + "(2, 2, 'b', NULL, 2), (5, NULL, 'c', 'it''s', NULL)");

            Operations op = new DefaultOperations(db);
            op.batchAlterTable("child", batch -> {
                batch.dropColumn("qty");
                batch.alterColumn("code", a -> a.type(string(20)));
                batch.createIndex("ix_child_parent", List.of("parent_id"));
            });

            assertThat(query(db, "SELECT id, parent_id, code, note FROM child ORDER BY id"))
                    .isEqualTo("1|1|a|first\n2|2|b|null\n5|null|c|it's");
            String sql = query(db, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'child'");
            assertThat(sql).contains("id INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT")
                    .contains("code VARCHAR(20) DEFAULT 'x' NOT NULL")
                    .contains("CONSTRAINT fk_child_parent FOREIGN KEY(parent_id) REFERENCES parent (id) ON DELETE CASCADE")
                    .contains("CONSTRAINT uq_child_code UNIQUE (code)")
                    .contains("CONSTRAINT ck_child_note CHECK (length(note) < 100)")
                    .doesNotContain("qty");
            assertThat(query(db, "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'child' AND sql IS NOT NULL ORDER BY name"))
                    .isEqualTo("ix_child_lower\nix_child_note\nix_child_parent");
            assertThat(query(db, "SELECT sql FROM sqlite_master WHERE name = 'ix_child_lower'")).contains("WHERE code <> ''");
            assertThat(query(db, "SELECT count(*) FROM sqlite_master WHERE name LIKE '_alembic_tmp_%'")).isEqualTo("0");

            // Constraints still hold, and AUTOINCREMENT continues after the highest copied key.
            assertThatThrownBy(() -> db.execute("INSERT INTO child (code, note) VALUES ('a', 'dup')")).hasMessageContaining("UNIQUE");
            assertThatThrownBy(() -> db.execute("INSERT INTO child (code, note) VALUES ('z', '" + "n".repeat(120) + "')"))
                    .hasMessageContaining("CHECK");
            db.execute("INSERT INTO child (code) VALUES ('d')");
            assertThat(query(db, "SELECT max(id) FROM child")).isEqualTo("6");
        }
    }

    @Test
    void addColumnAloneIsAPlainAlterAndNeverRefusesWhatNeedsACopy() throws Exception {
        try (TestDatabase db = TestDatabase.open("sqlite")) {
            Operations op = new DefaultOperations(db);
            op.createTable("t", column("id", INTEGER).primaryKey(), column("a", string(10)));
            db.execute("INSERT INTO t (id, a) VALUES (1, 'x')");
            op.batchAlterTable("t", batch -> batch.addColumn(column("b", INTEGER).serverDefault("7")));
            // Not re-created: SQLite's ADD COLUMN splices the column into the stored text after the last one.
            assertThat(query(db, "SELECT sql FROM sqlite_master WHERE name = 't'")).contains("a VARCHAR(10), b INTEGER DEFAULT '7'");
            assertThat(query(db, "SELECT id, a, b FROM t")).isEqualTo("1|x|7");
            assertThatThrownBy(() -> op.batchAlterTable("t", b -> b.recreate(Recreate.NEVER),
                    batch -> batch.alterColumn("a", a -> a.nullable(false))))
                    .isInstanceOf(AlembicException.class).hasMessageContaining("SQLite cannot ALTER COLUMN");
            assertThat(query(db, "SELECT id, a, b FROM t")).isEqualTo("1|x|7");
        }
    }
}
