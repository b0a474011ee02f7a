package org.alembic4j.op.online;

import static org.alembic4j.op.Ops.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.alembic4j.AlembicException;
import org.alembic4j.dialect.DialectCapabilities.CommentStyle;
import org.alembic4j.op.DefaultOperations;
import org.alembic4j.op.MigrationOperation;
import org.alembic4j.op.Operations;
import org.alembic4j.op.Recreate;
import org.alembic4j.schema.Table;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Operations run over real connections (PostgreSQL and MariaDB services, SQLite and H2 embedded);
 * the schema is then read back through JDBC metadata.
 */
class OnlineOperationsTest {

    private static final Table ACCOUNT = table("account",
            column("id", INTEGER).primaryKey(),
            column("name", string(50)).notNull().serverDefault("anon"),
            column("email", string(100)).comment("login e-mail"),
            column("qty", INTEGER),
            column("active", BOOLEAN).notNull().serverDefault(TRUE),
            uniqueConstraint("email").named("uq_account_email"));

    private static List<String> names(TestDatabase db) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = db.connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT name FROM " + db.dialect.quoteIdentifier("account") + " ORDER BY id")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static void seed(Operations op) {
        op.createTable(ACCOUNT);
        op.bulkInsert(table("account", column("id", INTEGER), column("name", string(50)), column("email", string(100)),
                column("qty", INTEGER)), List.of(
                row("id", 1, "name", "alice", "email", "a@example.com", "qty", 3),
                row("id", 2, "name", "O'Brien", "email", "b@example.com", "qty", null),
                row("id", 3, "name", "C:\\temp", "email", "c@example.com", "qty", 7)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mariadb", "sqlite", "h2"})
    void createTableIsReadBackAsAsked(String dialect) throws Exception {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            Operations op = new DefaultOperations(db);
            seed(op);
            op.createTable("orders",
                    column("id", INTEGER).primaryKey(),
                    column("account_id", INTEGER).references(foreignKey("account.id").named("fk_orders_account").onDelete("CASCADE")),
                    column("total", numeric(10, 2)).notNull(),
                    column("placed", DATETIME).serverDefault(currentTimestamp()),
                    checkConstraint("total >= 0").named("ck_orders_total"));
            op.createIndex("ix_orders_placed", "orders", List.of("placed"));

            SchemaReader schema = new SchemaReader(db);
            Map<String, SchemaReader.ColumnInfo> cols = schema.columns("account");
            assertThat(cols.keySet()).containsExactly("id", "name", "email", "qty", "active");
            assertThat(schema.primaryKey("account")).containsExactly("id");
            assertThat(cols.get("id").nullable()).isFalse();
            assertThat(cols.get("name").type()).contains("char");
            assertThat(cols.get("name").size()).isEqualTo(50);
            assertThat(cols.get("name").nullable()).isFalse();
            assertThat(cols.get("name").defaultValue()).contains("anon");
            assertThat(cols.get("email").nullable()).isTrue();
            assertThat(cols.get("active").nullable()).isFalse();
            assertThat(cols.get("active").defaultValue()).isNotNull();
            if (db.dialect.capabilities().comments() != CommentStyle.NONE) {
                assertThat(cols.get("email").comment()).isEqualTo("login e-mail");
            }
            assertThat(schema.indexes("account")).containsValue("unique email");

            Map<String, SchemaReader.ColumnInfo> orders = schema.columns("orders");
            if (dialect.equals("sqlite")) {
                // sqlite-jdbc miscounts the precision of "NUMERIC(10, 2)"; the declared type is what SQLite keeps.
                try (Statement st = db.connection.createStatement();
                        ResultSet rs = st.executeQuery("SELECT type FROM pragma_table_info('orders') WHERE name = 'total'")) {
                    rs.next();
                    assertThat(rs.getString(1)).isEqualTo("NUMERIC(10, 2)");
                }
            } else {
                assertThat(orders.get("total").size()).isEqualTo(10);
                assertThat(orders.get("total").scale()).isEqualTo(2);
            }
            assertThat(orders.get("placed").defaultValue()).isNotNull();
            assertThat(schema.foreignKeys("orders")).singleElement().satisfies(fk -> {
                assertThat(fk.column()).isEqualTo("account_id");
                assertThat(fk.referredTable()).isEqualTo("account");
                assertThat(fk.deleteRule()).isEqualTo((short) DatabaseMetaData.importedKeyCascade);
            });
            assertThat(schema.indexes("orders")).containsEntry("ix_orders_placed", "placed");
            // The CHECK constraint is enforced.
            assertThatThrownBy(() -> db.execute("INSERT INTO orders (id, account_id, total) VALUES (1, 1, -5)"))
                    .hasMessageContaining("SQL failed");
            assertThat(names(db)).containsExactly("alice", "O'Brien", "C:\\temp");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mariadb", "sqlite", "h2"})
    void reverseOperationsRestoreTheSchema(String dialect) throws Exception {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            seed(new DefaultOperations(db));
            SchemaReader schema = new SchemaReader(db);
            String before = schema.snapshot("account");

            List<MigrationOperation> done = new ArrayList<>();
            Operations op = new DefaultOperations(db, done::add);
            op.addColumn("account", column("score", INTEGER).notNull().serverDefault("0"));
            op.createIndex("ix_account_name_qty", "account", List.of("name", "qty"));
            op.createTable("tag", column("id", INTEGER).primaryKey(), column("label", string(20)));
            op.renameTable("tag", "label");
            if (db.dialect.capabilities().alterColumn()) {
                op.alterColumn("account", "name", a -> a.type(string(100)).existingType(string(50)).existingNullable(false)
                        .existingServerDefault("anon"));
                op.alterColumn("account", "qty", a -> a.newName("quantity").existingType(INTEGER).existingNullable(true));
            }
            if (db.dialect.capabilities().comments() != CommentStyle.NONE) {
                op.createTableComment("account", "Customer accounts");
            }

            Map<String, SchemaReader.ColumnInfo> cols = schema.columns("account");
            assertThat(cols.get("score").nullable()).isFalse();
            assertThat(schema.indexes("account")).containsEntry("ix_account_name_qty", db.dialect.capabilities().alterColumn()
                    ? "name,quantity" : "name,qty");
            assertThat(schema.tableExists("label")).isTrue();
            assertThat(schema.tableExists("tag")).isFalse();
            if (db.dialect.capabilities().alterColumn()) {
                assertThat(cols.get("name").size()).isEqualTo(100);
                assertThat(cols.get("name").defaultValue()).contains("anon");
                assertThat(cols).containsKey("quantity").doesNotContainKey("qty");
            }
            if (db.dialect.capabilities().comments() != CommentStyle.NONE) {
                assertThat(schema.tableComment("account")).isEqualTo("Customer accounts");
            }
            try (Statement st = db.connection.createStatement();
                    ResultSet rs = st.executeQuery("SELECT count(*) FROM account WHERE score = 0")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(3);
            }

            Operations undo = new DefaultOperations(db);
            List<MigrationOperation> reversed = new ArrayList<>(done);
            Collections.reverse(reversed);
            for (MigrationOperation m : reversed) {
                undo.invoke(m.reverse().orElseThrow(() -> new AssertionError("no reverse for " + m.toJava())));
            }
            assertThat(schema.snapshot("account")).isEqualTo(before);
            assertThat(schema.tableExists("label")).isFalse();
            assertThat(names(db)).containsExactly("alice", "O'Brien", "C:\\temp");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mariadb", "sqlite", "h2"})
    void batchModeKeepsEveryRow(String dialect) throws Exception {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            Operations op = new DefaultOperations(db);
            seed(op);
            op.createIndex("ix_account_name", "account", List.of("name"));
            op.batchAlterTable("account", batch -> {
                batch.dropColumn("qty");
                batch.alterColumn("email", a -> a.existingType(string(100)).nullable(false));
                batch.addColumn(column("nickname", string(30)).serverDefault("none"));
                batch.createCheckConstraint("ck_account_name", "name <> ''");
            });
            SchemaReader schema = new SchemaReader(db);
            Map<String, SchemaReader.ColumnInfo> cols = schema.columns("account");
            assertThat(cols.keySet()).containsExactly("id", "name", "email", "active", "nickname");
            assertThat(cols.get("email").nullable()).isFalse();
            assertThat(cols.get("name").defaultValue()).contains("anon");
            assertThat(schema.primaryKey("account")).containsExactly("id");
            assertThat(schema.indexes("account")).containsEntry("ix_account_name", "name").containsValue("unique email");
            assertThat(names(db)).containsExactly("alice", "O'Brien", "C:\\temp");
            assertThatThrownBy(() -> db.execute("INSERT INTO account (id, name, email) VALUES (9, '', 'x@example.com')"))
                    .hasMessageContaining("SQL failed");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mariadb", "sqlite", "h2"})
    void batchRecreateReflectsTheTableAndKeepsEveryRow(String dialect) throws Exception {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            Operations op = new DefaultOperations(db);
            op.createTable("item", column("id", INTEGER).primaryKey(), column("label", string(40)).notNull(),
                    column("price", numeric(8, 2)), column("note", TEXT));
            op.bulkInsert(table("item", column("id", INTEGER), column("label", string(40)), column("price", numeric(8, 2))),
                    List.of(row("id", 1, "label", "one", "price", new java.math.BigDecimal("1.50")),
                            row("id", 2, "label", "two", "price", null)));
            op.batchAlterTable("item", b -> b.recreate(Recreate.ALWAYS), batch -> {
                batch.dropColumn("note");
                batch.alterColumn("label", a -> a.newName("title"));
            });
            SchemaReader schema = new SchemaReader(db);
            Map<String, SchemaReader.ColumnInfo> cols = schema.columns("item");
            assertThat(cols.keySet()).containsExactly("id", "title", "price");
            assertThat(cols.get("title").nullable()).isFalse();
            assertThat(cols.get("price").scale()).isEqualTo(2);
            assertThat(schema.primaryKey("item")).containsExactly("id");
            List<String> rows = new ArrayList<>();
            try (Statement st = db.connection.createStatement();
                    ResultSet rs = st.executeQuery("SELECT id, title, price FROM item ORDER BY id")) {
                while (rs.next()) {
                    java.math.BigDecimal price = rs.getBigDecimal(3);
                    rows.add(rs.getInt(1) + "|" + rs.getString(2) + "|" + (price == null ? null : price.stripTrailingZeros().toPlainString()));
                }
            }
            assertThat(rows).containsExactly("1|one|1.5", "2|two|null");
            // The table still hands out keys.
            db.execute("INSERT INTO item (title) VALUES ('three')");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite"})
    void anOperationTheDialectCannotDoRunsNoSql(String dialect) throws Exception {
        try (TestDatabase db = TestDatabase.open(dialect)) {
            Operations op = new DefaultOperations(db);
            seed(op);
            String before = new SchemaReader(db).snapshot("account");
            assertThatThrownBy(() -> op.addColumn("account", column("code", string(10)).unique()))
                    .isInstanceOf(AlembicException.class).hasMessageContaining("batch mode");
            assertThatThrownBy(() -> op.alterColumn("account", "name", a -> a.nullable(true)))
                    .isInstanceOf(AlembicException.class).hasMessageContaining("batchAlterTable");
            assertThat(new SchemaReader(db).snapshot("account")).isEqualTo(before);
        }
    }
}
