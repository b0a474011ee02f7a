package org.alembic4j.runtime;

import static org.alembic4j.runtime.testsupport.Steps.down;
import static org.alembic4j.runtime.testsupport.Steps.rev;
import static org.alembic4j.runtime.testsupport.Steps.up;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alembic4j.AlembicException;
import org.alembic4j.graph.MigrationStep;
import org.alembic4j.graph.RevisionNode;
import org.alembic4j.graph.VersionChange;
import org.alembic4j.runtime.testsupport.LogCapture;
import org.alembic4j.runtime.testsupport.Runners;
import org.alembic4j.runtime.testsupport.Steps;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Offline ({@code --sql}) output, compared byte for byte with real Alembic's. */
class OfflineOutputTest {

    private static final String REV = "ae1027a6acf0";
    private static final String CREATE = "CREATE TABLE alembic_version (\n    version_num VARCHAR(32) NOT NULL, \n"
            + "    CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num)\n);\n\n";

    /** A loader whose scripts run the given SQL via op.execute (upgrade and downgrade alike). */
    private static ScriptLoader sqlScripts(Map<String, List<String>> sqlById) {
        return revisions -> {
            Map<String, RevisionScript> m = new LinkedHashMap<>();
            for (RevisionNode r : revisions) {
                m.put(r.id(), (ctx, op, upgrade) -> sqlById.getOrDefault(r.id(), List.of()).forEach(op::execute));
            }
            return m;
        };
    }

    private static String offline(String url, Set<String> start, List<MigrationStep> steps, ScriptLoader loader) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MigrationRunner runner = Runners.offline(url, out, start)) {
            runner.run(heads -> steps, loader);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /** boilerplate.json of Alembic 1.20, the empty-revision case, with the RETURNING clause removed. */
    @ParameterizedTest
    @CsvSource({"postgresql://u@h/db, true", "mysql://u@h/db, false", "mariadb://u@h/db, false", "sqlite:///x.db, false"})
    void emptyRevisionMatchesAlembicBoilerplate(String url, boolean transactions) {
        RevisionNode r = rev(REV, "empty", null);
        String upgrade = offline(url, Set.of(), List.of(up(r)), sqlScripts(Map.of()));
        String down = offline(url, Set.of(REV), List.of(down(r)), sqlScripts(Map.of()));

        String begin = transactions ? "BEGIN;\n\n" : "";
        String commit = transactions ? "COMMIT;\n\n" : "";
        assertThat(upgrade).isEqualTo(begin + CREATE + "-- Running upgrade  -> " + REV + "\n\n"
                + "INSERT INTO alembic_version (version_num) VALUES ('" + REV + "');\n\n" + commit);
        assertThat(down).isEqualTo(begin + "-- Running downgrade " + REV + " -> \n\n"
                + "DELETE FROM alembic_version WHERE alembic_version.version_num = '" + REV + "';\n\n" + commit);
    }

    /** The spec's "upgrade heads --sql" on the example graph (SQLite, 1.8.1), raw SQL passed through. */
    @Test
    void graphUpgradeOnSqliteWithBranchMergeAndSecondBase() {
        RevisionNode a = rev("1975ea83b712", "create account table", null);
        RevisionNode b = rev("27c6a30d7c24", "add email column", null, a.id());
        RevisionNode c1 = rev("3c9e04f8d1aa", "branch one add index", null, b.id());
        RevisionNode c2 = rev("3c9e5b21f0bb", "branch two create audit", null, b.id());
        RevisionNode m = rev("4f1d2c3b4a5e", "merge branches", null, c2.id(), c1.id());
        RevisionNode n = rev("5a0b1c2d3e4f", "networking base", null);
        List<MigrationStep> steps = List.of(up(a), up(b), up(c1),
                new MigrationStep(MigrationStep.Kind.UPGRADE, c2, List.of(b.id()), List.of(c2.id()),
                        List.of(new VersionChange.Insert(c2.id()))),
                new MigrationStep(MigrationStep.Kind.UPGRADE, m, List.of(c2.id(), c1.id()), List.of(m.id()),
                        List.of(new VersionChange.Delete(c2.id()), new VersionChange.Update(c1.id(), m.id()))),
                up(n));
        Map<String, List<String>> sql = Map.of(
                a.id(), List.of("CREATE TABLE account (\n\tid INTEGER NOT NULL, \n\tname VARCHAR(50) NOT NULL, \n"
                        + "\tdescription VARCHAR(200), \n\tPRIMARY KEY (id)\n)\n"),
                b.id(), List.of("  ALTER TABLE account ADD COLUMN email VARCHAR(100)  "),
                c1.id(), List.of("CREATE UNIQUE INDEX ix_account_email ON account (email)"),
                m.id(), List.of("UPDATE account SET name = 'merged'"),
                n.id(), List.of("CREATE TABLE host (\n    id INTEGER NOT NULL, \n    PRIMARY KEY (id)\n)"));

        String out = offline("sqlite:///x.db", Set.of(), steps, sqlScripts(sql));

        assertThat(out).isEqualTo(CREATE
                + "-- Running upgrade  -> 1975ea83b712\n\n"
                + "CREATE TABLE account (\n    id INTEGER NOT NULL, \n    name VARCHAR(50) NOT NULL, \n"
                + "    description VARCHAR(200), \n    PRIMARY KEY (id)\n);\n\n"
                + "INSERT INTO alembic_version (version_num) VALUES ('1975ea83b712');\n\n"
                + "-- Running upgrade 1975ea83b712 -> 27c6a30d7c24\n\n"
                + "ALTER TABLE account ADD COLUMN email VARCHAR(100);\n\n"
                + "UPDATE alembic_version SET version_num='27c6a30d7c24' WHERE alembic_version.version_num = '1975ea83b712';\n\n"
                + "-- Running upgrade 27c6a30d7c24 -> 3c9e04f8d1aa\n\n"
                + "CREATE UNIQUE INDEX ix_account_email ON account (email);\n\n"
                + "UPDATE alembic_version SET version_num='3c9e04f8d1aa' WHERE alembic_version.version_num = '27c6a30d7c24';\n\n"
                + "-- Running upgrade 27c6a30d7c24 -> 3c9e5b21f0bb\n\n"
                + "INSERT INTO alembic_version (version_num) VALUES ('3c9e5b21f0bb');\n\n"
                + "-- Running upgrade 3c9e5b21f0bb, 3c9e04f8d1aa -> 4f1d2c3b4a5e\n\n"
                + "UPDATE account SET name = 'merged';\n\n"
                + "DELETE FROM alembic_version WHERE alembic_version.version_num = '3c9e5b21f0bb';\n\n"
                + "UPDATE alembic_version SET version_num='4f1d2c3b4a5e' WHERE alembic_version.version_num = '3c9e04f8d1aa';\n\n"
                + "-- Running upgrade  -> 5a0b1c2d3e4f\n\n"
                + "CREATE TABLE host (\n    id INTEGER NOT NULL, \n    PRIMARY KEY (id)\n);\n\n"
                + "INSERT INTO alembic_version (version_num) VALUES ('5a0b1c2d3e4f');\n\n");
    }

    /** The spec's transaction_per_migration example (PostgreSQL): BEGIN/COMMIT around each step, no CREATE. */
    @Test
    void transactionPerMigrationWrapsEachStep() {
        RevisionNode a = rev("1975ea83b712", "a", null);
        RevisionNode b = rev("27c6a30d7c24", "b", null, a.id());
        RevisionNode c = rev("3c9e5b21f0bb", "c", null, b.id());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Invocation inv = Invocation.offline(out, Set.of(a.id())).withTransactionPerMigration(true);
        try (MigrationRunner runner = Runners.offline("postgresql://u@h/db", inv)) {
            runner.run(heads -> List.of(up(b), up(c)), sqlScripts(Map.of(
                    b.id(), List.of("ALTER TABLE account ADD COLUMN email VARCHAR(100)"),
                    c.id(), List.of("CREATE TABLE audit (id SERIAL NOT NULL)"))));
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("BEGIN;\n\n"
                + "-- Running upgrade 1975ea83b712 -> 27c6a30d7c24\n\n"
                + "ALTER TABLE account ADD COLUMN email VARCHAR(100);\n\n"
                + "UPDATE alembic_version SET version_num='27c6a30d7c24' WHERE alembic_version.version_num = '1975ea83b712';\n\n"
                + "COMMIT;\n\n"
                + "BEGIN;\n\n"
                + "-- Running upgrade 27c6a30d7c24 -> 3c9e5b21f0bb\n\n"
                + "CREATE TABLE audit (id SERIAL NOT NULL);\n\n"
                + "UPDATE alembic_version SET version_num='3c9e5b21f0bb' WHERE alembic_version.version_num = '27c6a30d7c24';\n\n"
                + "COMMIT;\n\n");
    }

    /** The spec's "stamp --sql heads" (PostgreSQL), minus RETURNING; and the planner sees the starting heads. */
    @Test
    void stampFromBaseCreatesTheTableOnce() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MigrationRunner runner = Runners.offline("postgresql://u@h/db", out, Set.of())) {
            runner.stamp(heads -> {
                assertThat(heads).isEmpty();
                return List.of(
                        Steps.stamp(List.of(), List.of("6b7c8d9e0f1a"), new VersionChange.Insert("6b7c8d9e0f1a")),
                        Steps.stamp(List.of(), List.of("4f1d2c3b4a5e"), new VersionChange.Insert("4f1d2c3b4a5e")));
            }, false);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("BEGIN;\n\n" + CREATE
                + "-- Running stamp_revision  -> 6b7c8d9e0f1a\n\n"
                + "INSERT INTO alembic_version (version_num) VALUES ('6b7c8d9e0f1a');\n\n"
                + "-- Running stamp_revision  -> 4f1d2c3b4a5e\n\n"
                + "INSERT INTO alembic_version (version_num) VALUES ('4f1d2c3b4a5e');\n\n"
                + "COMMIT;\n\n");
    }

    @Test
    void purgeIsRefusedOffline() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MigrationRunner runner = Runners.offline("postgresql://u@h/db", out, Set.of())) {
            assertThatThrownBy(() -> runner.stamp(heads -> List.of(), true))
                    .isInstanceOf(AlembicException.class).hasMessage("Can't use --purge with --sql mode");
        }
    }

    /** Custom version table and schema, as the spec's "-x vt=my_version -x vts=audit" example shows. */
    @Test
    void customVersionTableAndSchema() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RuntimeEnvironmentContext env = new RuntimeEnvironmentContext(ConfigSource.empty(),
                Invocation.offline(out, Set.of()));
        env.useUrl("postgresql://u@h/db");
        env.versionTable("my_version");
        env.versionTableSchema("audit");
        RevisionNode a = rev("ae1027a6acf0", "a", null);
        RevisionNode b = rev("27c6a30d7c24", "b", null, a.id());
        try (MigrationRunner runner = MigrationRunner.open(env)) {
            runner.run(heads -> List.of(up(a), up(b)), sqlScripts(Map.of()));
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("BEGIN;\n\n"
                + "CREATE TABLE audit.my_version (\n    version_num VARCHAR(32) NOT NULL, \n"
                + "    CONSTRAINT my_version_pkc PRIMARY KEY (version_num)\n);\n\n"
                + "-- Running upgrade  -> ae1027a6acf0\n\n"
                + "INSERT INTO audit.my_version (version_num) VALUES ('ae1027a6acf0');\n\n"
                + "-- Running upgrade ae1027a6acf0 -> 27c6a30d7c24\n\n"
                + "UPDATE audit.my_version SET version_num='27c6a30d7c24' WHERE audit.my_version.version_num = 'ae1027a6acf0';\n\n"
                + "COMMIT;\n\n");
    }

    @Test
    void autocommitBlockCommitsAndBeginsAgainWhereOutputHasTransactions() {
        RevisionNode a = rev("1975ea83b712", "concurrent index", null);
        ScriptLoader loader = revisions -> Map.of(a.id(), (ctx, op, upgrade) -> {
            op.execute("CREATE TABLE t (c int)");
            MigrationContext.of(op).autocommitBlock(() -> op.execute("CREATE INDEX CONCURRENTLY ix ON t (c)"));
        });
        String pg = offline("postgresql://u@h/db", Set.of(), List.of(up(a)), loader);
        assertThat(pg).isEqualTo("BEGIN;\n\n" + CREATE + "-- Running upgrade  -> 1975ea83b712\n\n"
                + "CREATE TABLE t (c int);\n\nCOMMIT;\n\nCREATE INDEX CONCURRENTLY ix ON t (c);\n\nBEGIN;\n\n"
                + "INSERT INTO alembic_version (version_num) VALUES ('1975ea83b712');\n\nCOMMIT;\n\n");
        String sqlite = offline("sqlite:///x.db", Set.of(), List.of(up(a)), loader);
        assertThat(sqlite).doesNotContain("COMMIT").doesNotContain("BEGIN")
                .contains("CREATE TABLE t (c int);\n\nCREATE INDEX CONCURRENTLY ix ON t (c);\n\n");
    }

    @Test
    void tagAndXArgumentsReachScriptsAndOutputEncodingApplies() {
        RevisionNode a = rev("1975ea83b712", "tagged", null);
        ScriptLoader loader = revisions -> Map.of(a.id(), (ctx, op, upgrade) -> {
            MigrationContext c = MigrationContext.of(op);
            op.execute("INSERT INTO note VALUES ('" + c.tag().orElse("-") + "', '" + c.xArgumentsAsMap().get("who")
                    + "', 'é')");
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Invocation inv = Invocation.offline(out, Set.of("0000aaaa0000")).withTag("release-7")
                .withXArguments(List.of("who=ana", "flag")).withOutputEncoding(Charset.forName("ISO-8859-1"));
        try (MigrationRunner runner = Runners.offline("sqlite:///x.db", inv)) {
            assertThat(runner.currentHeads()).containsExactly("0000aaaa0000");
            assertThat(runner.context().xArgumentsAsMap()).containsEntry("flag", "");
            runner.run(heads -> List.of(new MigrationStep(MigrationStep.Kind.UPGRADE, a, List.of("0000aaaa0000"),
                    List.of(a.id()), List.of(new VersionChange.Update("0000aaaa0000", a.id())))), loader);
        }
        assertThat(out.toString(Charset.forName("ISO-8859-1")))
                .contains("INSERT INTO note VALUES ('release-7', 'ana', 'é');\n\n")
                .doesNotContain("CREATE TABLE alembic_version");
        assertThat(out.toByteArray()).contains((byte) 0xE9);
    }

    @Test
    void logsContextImplAndEachStepWithItsMessage() {
        RevisionNode a = rev("1975ea83b712", "create account table\n\nlonger text", null);
        try (LogCapture log = LogCapture.start()) {
            offline("postgresql://u@h/db", Set.of(), List.of(up(a)), sqlScripts(Map.of()));
            offline("mysql://u@h/db", Set.of(a.id()), List.of(down(a)), sqlScripts(Map.of()));
            assertThat(log.lines("alembic.runtime.migration")).containsExactly(
                    "INFO  [alembic.runtime.migration] Context impl PostgresqlImpl.",
                    "INFO  [alembic.runtime.migration] Will assume transactional DDL.",
                    "INFO  [alembic.runtime.migration] Running upgrade  -> 1975ea83b712, create account table",
                    "INFO  [alembic.runtime.migration] Context impl MySQLImpl.",
                    "INFO  [alembic.runtime.migration] Will assume non-transactional DDL.",
                    "INFO  [alembic.runtime.migration] Running downgrade 1975ea83b712 -> , create account table");
        }
    }

    @Test
    void ensureVersionTableOffline() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MigrationRunner runner = Runners.offline("postgresql://u@h/db", out, Set.of())) {
            runner.ensureVersionTable();
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("BEGIN;\n\n" + CREATE + "COMMIT;\n\n");
    }
}
