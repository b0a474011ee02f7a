package org.alembic4j.runtime;

import static org.alembic4j.runtime.testsupport.Steps.down;
import static org.alembic4j.runtime.testsupport.Steps.rev;
import static org.alembic4j.runtime.testsupport.Steps.up;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.alembic4j.AlembicException;
import org.alembic4j.graph.RevisionNode;
import org.alembic4j.graph.VersionChange;
import org.alembic4j.runtime.testsupport.LogCapture;
import org.alembic4j.runtime.testsupport.Runners;
import org.alembic4j.runtime.testsupport.SqlScripts;
import org.alembic4j.runtime.testsupport.Steps;
import org.alembic4j.runtime.testsupport.TestDatabase;
import org.alembic4j.runtime.testsupport.TestDatabase.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Plans run against real databases: schema and version table afterwards. */
class OnlineRunTest {

    private static final RevisionNode R1 = rev("1975ea83b712", "create account table", null);
    private static final RevisionNode R2 = rev("27c6a30d7c24", "add email column", null, R1.id());
    private static final RevisionNode R3 = rev("3c9e5b21f0bb", "create audit", null, R2.id());

    private static final SqlScripts SCRIPTS = new SqlScripts()
            .revision(R1.id(), List.of("CREATE TABLE account (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(50))"),
                    List.of("DROP TABLE account"))
            .revision(R2.id(), List.of("ALTER TABLE account ADD COLUMN email VARCHAR(100)"),
                    List.of("ALTER TABLE account DROP COLUMN email"))
            .revision(R3.id(), List.of("CREATE TABLE audit (id INTEGER NOT NULL PRIMARY KEY)",
                            "INSERT INTO audit (id) VALUES (1)"),
                    List.of("DROP TABLE audit"));

    @ParameterizedTest
    @EnumSource(Kind.class)
    void upgradeDowngradeAndStamp(Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind); LogCapture log = LogCapture.start()) {
            try (MigrationRunner runner = Runners.online(db.sqlalchemyUrl())) {
                assertThat(runner.currentHeads()).isEmpty();
                assertThat(db.tables()).as("reading the heads never creates the table").isEmpty();

                assertThat(runner.run(heads -> {
                    assertThat(heads).isEmpty();
                    return List.of(up(R1), up(R2), up(R3));
                }, SCRIPTS)).hasSize(3);
                assertThat(runner.currentHeads()).containsExactly(R3.id());
            }
            assertThat(db.versions()).containsExactly(R3.id());
            assertThat(db.tables()).containsExactly("account", "alembic_version", "audit");
            assertThat(db.strings("SELECT COUNT(*) FROM audit")).containsExactly("1");

            try (MigrationRunner runner = Runners.online(db.sqlalchemyUrl())) {
                runner.run(heads -> {
                    assertThat(heads).containsExactly(R3.id());
                    return List.of(down(R3), down(R2));
                }, SCRIPTS);
            }
            assertThat(db.versions()).containsExactly(R1.id());
            assertThat(db.tables()).containsExactly("account", "alembic_version");

            try (MigrationRunner runner = Runners.online(db.sqlalchemyUrl())) {
                runner.stamp(heads -> List.of(Steps.stamp(List.of(R1.id()), List.of(R3.id()),
                        new VersionChange.Update(R1.id(), R3.id()))), false);
            }
            assertThat(db.versions()).containsExactly(R3.id());
            assertThat(db.tables()).as("a stamp runs no script").containsExactly("account", "alembic_version");

            try (MigrationRunner runner = Runners.online(db.sqlalchemyUrl())) {
                runner.stamp(heads -> {
                    assertThat(heads).as("purge empties the table before planning").isEmpty();
                    return List.of(Steps.stamp(List.of(), List.of(R2.id()), new VersionChange.Insert(R2.id())));
                }, true);
            }
            assertThat(db.versions()).containsExactly(R2.id());

            try (MigrationRunner runner = Runners.online(db.sqlalchemyUrl())) {
                runner.stamp(heads -> List.of(Steps.stamp(List.of(R2.id()), List.of(), new VersionChange.Delete(R2.id()))),
                        false);
            }
            assertThat(db.versions()).isEmpty();
            assertThat(db.tables()).as("at base the table stays, empty").contains("alembic_version");

            String impl = Map.of(Kind.POSTGRESQL, "PostgresqlImpl", Kind.MARIADB, "MariaDBImpl", Kind.SQLITE, "SQLiteImpl",
                    Kind.H2, "H2Impl").get(kind);
            String ddl = kind == Kind.POSTGRESQL || kind == Kind.SQLITE ? "transactional" : "non-transactional";
            assertThat(log.lines("alembic.runtime.migration").subList(0, 5)).containsExactly(
                    "INFO  [alembic.runtime.migration] Context impl " + impl + ".",
                    "INFO  [alembic.runtime.migration] Will assume " + ddl + " DDL.",
                    "INFO  [alembic.runtime.migration] Running upgrade  -> 1975ea83b712, create account table",
                    "INFO  [alembic.runtime.migration] Running upgrade 1975ea83b712 -> 27c6a30d7c24, add email column",
                    "INFO  [alembic.runtime.migration] Running upgrade 27c6a30d7c24 -> 3c9e5b21f0bb, create audit");
            assertThat(log.lines("alembic.runtime.migration")).contains(
                    "INFO  [alembic.runtime.migration] Running downgrade 3c9e5b21f0bb -> 27c6a30d7c24, create audit",
                    "INFO  [alembic.runtime.migration] Running stamp_revision 1975ea83b712 -> 3c9e5b21f0bb",
                    "INFO  [alembic.runtime.migration] Running stamp_revision 27c6a30d7c24 -> ");
        }
    }

    /**
     * A statement fails in the second step. Transactional DDL (PostgreSQL, SQLite): the whole
     * run rolls back, version table included. MariaDB and H2 commit DDL as it runs: the first
     * step stays and the version table says so.
     */
    @ParameterizedTest
    @EnumSource(Kind.class)
    void failureMidRunLeavesTheLastGoodRevision(Kind kind) throws Exception {
        RevisionNode bad = rev("27c6a30d7c24", "breaks", null, R1.id());
        SqlScripts scripts = new SqlScripts()
                .revision(R1.id(), List.of("CREATE TABLE account (id INTEGER NOT NULL PRIMARY KEY)"), List.of())
                .revision(bad.id(), List.of("CREATE TABLE half (id INTEGER)", "INSERT INTO missing_table VALUES (1)"),
                        List.of());
        try (TestDatabase db = TestDatabase.create(kind)) {
            boolean transactional = kind == Kind.POSTGRESQL || kind == Kind.SQLITE;
            try (MigrationRunner runner = Runners.online(db.sqlalchemyUrl())) {
                assertThatThrownBy(() -> runner.run(heads -> List.of(up(R1), up(bad)), scripts))
                        .isInstanceOf(AlembicException.class)
                        .hasMessageStartingWith("Revision 27c6a30d7c24 (upgrade 1975ea83b712 -> 27c6a30d7c24) failed: ")
                        .hasMessageContaining("missing_table")
                        .hasMessageContaining("\n[SQL: INSERT INTO missing_table VALUES (1)]\n")
                        .hasMessageContaining("\nThe version table is left at " + (transactional ? "base" : R1.id()) + ".");
            }
            if (transactional) {
                assertThat(db.tables()).isEmpty();
            } else {
                assertThat(db.tables()).containsExactly("account", "alembic_version", "half");
                assertThat(db.versions()).containsExactly(R1.id());
            }
        }
    }

    /**
     * On PostgreSQL, DDL is held back and sent in pipelined batches: a failing DDL statement
     * surfaces only when the batch is sent, after later steps ran. The error must still name the
     * revision and statement that failed, with the database's own message, and nothing may stay.
     */
    @Test
    void aPipelinedDdlFailureNamesItsOwnRevisionAndStatement() throws Exception {
        RevisionNode bad = rev("27c6a30d7c24", "breaks", null, R1.id());
        RevisionNode after = rev("3c9e5b21f0bb", "runs after", null, bad.id());
        SqlScripts scripts = new SqlScripts()
                .revision(R1.id(), List.of("CREATE TABLE account (id INTEGER NOT NULL PRIMARY KEY)"), List.of())
                .revision(bad.id(), List.of("CREATE TABLE half (id INTEGER)", "ALTER TABLE missing_table ADD COLUMN c INTEGER"),
                        List.of())
                .revision(after.id(), List.of("CREATE TABLE later (id INTEGER)"), List.of());
        try (TestDatabase db = TestDatabase.create(Kind.POSTGRESQL)) {
            try (MigrationRunner runner = Runners.online(db.sqlalchemyUrl())) {
                assertThatThrownBy(() -> runner.run(heads -> List.of(up(R1), up(bad), up(after)), scripts))
                        .isInstanceOf(AlembicException.class)
                        .hasMessageStartingWith("Revision 27c6a30d7c24 (upgrade 1975ea83b712 -> 27c6a30d7c24) failed: "
                                + "ERROR: relation \"missing_table\" does not exist")
                        .hasMessageContaining("\n[SQL: ALTER TABLE missing_table ADD COLUMN c INTEGER]\n")
                        .hasMessageContaining("\nThe version table is left at base.");
            }
            assertThat(db.tables()).isEmpty();
        }
    }

    /**
     * Held-back DDL is sent before a script reads through the connection, and a script that took
     * the connection first (Alembic's {@code conn = op.get_bind()} at the top) and uses it after
     * more DDL still sees that DDL: nothing is held for the rest of the step.
     */
    @Test
    void aScriptReadingThroughTheConnectionSeesTheDdlBeforeIt() throws Exception {
        List<String> seen = new java.util.ArrayList<>();
        String query = "SELECT table_name FROM information_schema.tables WHERE table_name IN ('account', 'audit') "
                + "ORDER BY table_name";
        ScriptLoader loader = revisions -> Map.of(R1.id(), (ctx, op, upgrade) -> {
            op.execute("CREATE TABLE account (id INTEGER)");
            java.sql.Connection conn = ctx.connection().orElseThrow();
            op.execute("CREATE TABLE audit (id INTEGER)");
            try (var st = conn.createStatement(); var rs = st.executeQuery(query)) {
                while (rs.next()) {
                    seen.add(rs.getString(1));
                }
            }
            op.execute("CREATE TABLE later (id INTEGER)");
        });
        try (TestDatabase db = TestDatabase.create(Kind.POSTGRESQL)) {
            try (MigrationRunner runner = Runners.online(db.sqlalchemyUrl())) {
                runner.run(heads -> List.of(up(R1)), loader);
            }
            assertThat(seen).containsExactly("account", "audit");
            assertThat(db.tables()).containsExactlyInAnyOrder("account", "audit", "later", "alembic_version");
            assertThat(db.versions()).containsExactly(R1.id());
        }
    }

    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"POSTGRESQL", "SQLITE"})
    void transactionPerMigrationKeepsEarlierSteps(Kind kind) throws Exception {
        RevisionNode bad = rev("27c6a30d7c24", "breaks", null, R1.id());
        SqlScripts scripts = new SqlScripts()
                .revision(R1.id(), List.of("CREATE TABLE account (id INTEGER NOT NULL PRIMARY KEY)"), List.of())
                .revision(bad.id(), List.of("CREATE TABLE half (id INTEGER)", "INSERT INTO missing_table VALUES (1)"),
                        List.of());
        try (TestDatabase db = TestDatabase.create(kind)) {
            try (MigrationRunner runner = Runners.online(db.sqlalchemyUrl(),
                    Invocation.online().withTransactionPerMigration(true))) {
                assertThatThrownBy(() -> runner.run(heads -> List.of(up(R1), up(bad)), scripts))
                        .hasMessageContaining("\nThe version table is left at " + R1.id() + ".");
            }
            assertThat(db.tables()).containsExactly("account", "alembic_version");
            assertThat(db.versions()).containsExactly(R1.id());
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void versionRowCountIsChecked(Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            try (MigrationRunner runner = Runners.online(db.sqlalchemyUrl())) {
                runner.stamp(heads -> List.of(Steps.stamp(List.of(), List.of("aaaa"), new VersionChange.Insert("aaaa"))),
                        false);
                assertThatThrownBy(() -> runner.stamp(heads -> List.of(
                        Steps.stamp(List.of("zzzz"), List.of("bbbb"), new VersionChange.Update("zzzz", "bbbb"))), false))
                        .isInstanceOf(AlembicException.class)
                        .hasMessage("Online migration expected to match one row when updating 'zzzz' to 'bbbb' in "
                                + "'alembic_version'; 0 found");
                assertThatThrownBy(() -> runner.stamp(heads -> List.of(
                        Steps.stamp(List.of("yyyy"), List.of(), new VersionChange.Delete("yyyy"))), false))
                        .hasMessage("Online migration expected to match one row when deleting 'yyyy' in "
                                + "'alembic_version'; 0 found");
            }
            assertThat(db.versions()).containsExactly("aaaa");
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void customVersionTableName(Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind)) {
            RuntimeEnvironmentContext env = new RuntimeEnvironmentContext(ConfigSource.of(Map.of("sqlalchemy.url",
                    db.sqlalchemyUrl())), Invocation.online());
            env.versionTable("my_version");
            try (MigrationRunner runner = MigrationRunner.open(env)) {
                runner.run(heads -> List.of(up(R1)), SCRIPTS);
                assertThat(runner.currentHeads()).containsExactly(R1.id());
            }
            assertThat(db.strings("SELECT version_num FROM my_version")).containsExactly(R1.id());
            assertThat(db.tables()).containsExactly("account", "my_version");
        }
    }

    @Test
    void versionTableInAnotherSchemaOnPostgresql() throws Exception {
        try (TestDatabase db = TestDatabase.create(Kind.POSTGRESQL)) {
            db.execute("CREATE SCHEMA audit");
            RuntimeEnvironmentContext env = new RuntimeEnvironmentContext(ConfigSource.empty(), Invocation.online());
            env.useUrl(db.sqlalchemyUrl());
            env.versionTable("my_version");
            env.versionTableSchema("audit");
            try (MigrationRunner runner = MigrationRunner.open(env)) {
                assertThat(runner.currentHeads()).isEmpty();
                runner.run(heads -> List.of(up(R1)), SCRIPTS);
                assertThat(runner.currentHeads()).containsExactly(R1.id());
            }
            assertThat(db.strings("SELECT version_num FROM audit.my_version")).containsExactly(R1.id());
            assertThat(db.strings("SELECT constraint_name FROM information_schema.table_constraints "
                    + "WHERE table_schema = 'audit' AND table_name = 'my_version' AND constraint_type = 'PRIMARY KEY'")).containsExactly("my_version_pkc");
        }
    }

    @Test
    void autocommitBlockRunsConcurrentIndexOutsideTheTransaction() throws Exception {
        RevisionNode idx = rev("27c6a30d7c24", "concurrent index", null, R1.id());
        ScriptLoader loader = revisions -> Map.of(
                R1.id(), (ctx, op, upgrade) -> op.execute("CREATE TABLE account (id INTEGER NOT NULL, email TEXT)"),
                idx.id(), (ctx, op, upgrade) -> MigrationContext.of(op).autocommitBlock(
                        () -> op.execute("CREATE INDEX CONCURRENTLY ix_email ON account (email)")));
        try (TestDatabase db = TestDatabase.create(Kind.POSTGRESQL)) {
            try (MigrationRunner runner = Runners.online(db.sqlalchemyUrl())) {
                runner.run(heads -> List.of(up(R1), up(idx)), loader);
            }
            assertThat(db.strings("SELECT indexname FROM pg_indexes WHERE tablename = 'account'"))
                    .containsExactly("ix_email");
            assertThat(db.versions()).containsExactly(idx.id());
        }
    }

    /**
     * In a whole-run transaction the version rows are written with the commit; an autocommit
     * block commits early, so the rows of the steps before it must be written first. A later
     * failure then leaves the table at the last step the block committed.
     */
    @Test
    void anAutocommitBlockCommitsTheVersionRowsOfTheStepsBeforeIt() throws Exception {
        RevisionNode idx = rev("27c6a30d7c24", "concurrent index", null, R1.id());
        RevisionNode bad = rev("3c9e5b21f0bb", "breaks", null, idx.id());
        ScriptLoader loader = revisions -> Map.of(
                R1.id(), (ctx, op, upgrade) -> op.execute("CREATE TABLE account (id INTEGER NOT NULL, email TEXT)"),
                idx.id(), (ctx, op, upgrade) -> MigrationContext.of(op).autocommitBlock(
                        () -> op.execute("CREATE INDEX CONCURRENTLY ix_email ON account (email)")),
                bad.id(), (ctx, op, upgrade) -> op.execute("INSERT INTO missing_table VALUES (1)"));
        try (TestDatabase db = TestDatabase.create(Kind.POSTGRESQL)) {
            try (MigrationRunner runner = Runners.online(db.sqlalchemyUrl())) {
                assertThatThrownBy(() -> runner.run(heads -> List.of(up(R1), up(idx), up(bad)), loader))
                        .hasMessageContaining("missing_table");
            }
            // R1 and its row were committed by the block; the index step's own row was not.
            assertThat(db.versions()).containsExactly(R1.id());
            assertThat(db.tables()).contains("account");
        }
    }

    /** A connection the caller owns and has in a transaction: alembic4j neither commits nor closes it. */
    @ParameterizedTest
    @EnumSource(value = Kind.class, names = {"POSTGRESQL", "SQLITE"})
    void borrowedConnectionInATransactionIsLeftToTheCaller(Kind kind) throws Exception {
        try (TestDatabase db = TestDatabase.create(kind); Connection c = db.connect()) {
            c.setAutoCommit(false);
            RuntimeEnvironmentContext env = new RuntimeEnvironmentContext(ConfigSource.empty(), Invocation.online());
            env.useConnection(c);
            try (MigrationRunner runner = MigrationRunner.open(env)) {
                runner.run(heads -> List.of(up(R1)), SCRIPTS);
            }
            assertThat(c.isClosed()).isFalse();
            c.rollback();
            assertThat(db.tables()).isEmpty();
        }
    }
}
