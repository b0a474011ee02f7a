package org.alembic4j.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.alembic4j.Migration;
import org.alembic4j.autogenerate.Autogenerate;
import org.alembic4j.autogenerate.AutogenerateOptions;
import org.alembic4j.autogenerate.Diff;
import org.alembic4j.autogenerate.TargetSchema;
import org.alembic4j.dialect.Dialect;
import org.alembic4j.dialect.Dialects;
import org.alembic4j.op.DefaultOperations;
import org.alembic4j.op.OperationContext;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fixture's 30 entity classes against real databases: autogenerate from an empty database,
 * compile and run the script, then the database matches the entities (check passes); changes made
 * behind Hibernate's back are found and repaired; every downgrade returns to the state before.
 */
class JpaAutogenerateTest {

    @TempDir
    Path dir;

    private final TargetSchema entities = JpaTargets.packages("org.alembic4j.jpa.fixture");

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mariadb", "sqlite", "h2"})
    void entitiesToEmptyDatabaseAndBack(String dialectName) throws Exception {
        try (TestDb db = TestDb.create(dialectName, dir); Connection c = db.connect()) {
            Dialect dialect = Dialects.forName(dialectName);
            AutogenerateOptions options = AutogenerateOptions.defaults();
            Diff initial = Autogenerate.compare(c, dialect, entities, options);
            assertThat(initial.changes()).filteredOn(ch -> ch.kind().equals("add_table")).hasSizeGreaterThanOrEqualTo(22);
            assertThat(initial.describe()).contains("add_table: added table 'purchase_order'", "add_table: added table 'customer_phone'",
                    "add_table: added table 'product_supplier'");
            if (dialect.capabilities().sequences()) {
                // Hibernate's default generator for these entities is a sequence per entity, with an increment of 50.
                assertThat(initial.describe()).anyMatch(l -> l.equalsIgnoreCase("add_sequence: added sequence 'customer_seq'"));
                assertThat(initial.renderUpgrade()).containsIgnoringCase("op.createSequence(sequence(\"customer_seq\").start(1L).increment(50L));");
            }

            Migration script = compile(initial, dir.resolve("first"));
            script.run(operations(c, dialect), true);
            Diff after = Autogenerate.compare(c, dialect, entities, options);
            assertThat(after.describe()).as(after.renderUpgrade()).isEmpty();

            script.run(operations(c, dialect), false);
            Diff back = Autogenerate.compare(c, dialect, TargetSchema.of(List.of()), options);
            assertThat(back.describe()).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mariadb", "sqlite"})
    void changesMadeBehindTheEntitiesAreRepairedAndDowngradeRestoresThem(String dialectName) throws Exception {
        TargetSchema entities = JpaTargets.packages("org.alembic4j.jpa.fixture").snakeCase();
        try (TestDb db = TestDb.create(dialectName, dir); Connection c = db.connect()) {
            Dialect dialect = Dialects.forName(dialectName);
            AutogenerateOptions options = AutogenerateOptions.defaults();
            compile(Autogenerate.compare(c, dialect, entities, options), dir.resolve("base")).run(operations(c, dialect), true);

            // The "previous state": a table, a column and an index the entities now have are missing.
            db.execute(c, "DROP TABLE coupon");
            db.execute(c, "DROP INDEX " + (dialectName.equals("mariadb") ? "ix_review_rating ON review" : "ix_review_rating"));
            if (!dialectName.equals("sqlite")) {
                db.execute(c, "ALTER TABLE supplier DROP COLUMN contact_email");
            }
            Diff diff = Autogenerate.compare(c, dialect, entities, options);
            assertThat(diff.describe()).contains("add_table: added table 'coupon'",
                    "add_index: added index 'ix_review_rating' on 'review(rating)'");

            Migration script = compile(diff, dir.resolve("repair"));
            script.run(operations(c, dialect), true);
            assertThat(Autogenerate.compare(c, dialect, entities, options).describe()).isEmpty();

            script.run(operations(c, dialect), false);
            assertThat(Autogenerate.compare(c, dialect, entities, options).describe())
                    .containsExactlyElementsOf(diff.describe());
        }
    }

    static DefaultOperations operations(Connection c, Dialect dialect) {
        return new DefaultOperations(new OperationContext() {
            @Override public Dialect dialect() { return dialect; }
            @Override public boolean isOffline() { return false; }
            @Override public Optional<Connection> connection() { return Optional.of(c); }
            @Override public void execute(String sql) {
                try (Statement st = c.createStatement()) {
                    st.execute(sql);
                } catch (SQLException e) {
                    throw new IllegalStateException("Failed: " + sql + ": " + e.getMessage(), e);
                }
            }
        });
    }

    static Migration compile(Diff diff, Path where) throws Exception {
        String source = "import org.alembic4j.Migration;\n" + diff.imports() + "\n\npublic class Generated extends Migration {\n"
                + "    @Override\n    public void upgrade() {\n" + diff.renderUpgrade() + "\n    }\n\n"
                + "    @Override\n    public void downgrade() {\n" + diff.renderDowngrade() + "\n    }\n}\n";
        Path src = Files.createDirectories(where).resolve("Generated.java");
        Files.writeString(src, source);
        Path out = Files.createDirectories(where.resolve("classes"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        Path core = Path.of(Migration.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        StringWriter messages = new StringWriter();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
            boolean ok = javac.getTask(messages, files, null, List.of("-classpath", core.toString(), "-d", out.toString(),
                    "-proc:none", "--release", "17"), null, files.getJavaFileObjects(src)).call();
            assertThat(ok).as("compiles:\n" + messages + "\n" + source).isTrue();
        }
        URLClassLoader loader = new URLClassLoader(new URL[] {out.toUri().toURL()}, Migration.class.getClassLoader());
        return (Migration) loader.loadClass("Generated").getDeclaredConstructor().newInstance();
    }

    /** A fresh database per test: a file for SQLite and H2, a new database on the PostgreSQL / MariaDB servers. */
    record TestDb(String dialect, String name, String url, String adminUrl) implements AutoCloseable {

        static TestDb create(String dialect, Path dir) {
            String name = "a4j_jpa_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
            return switch (dialect) {
                case "sqlite" -> new TestDb(dialect, name, "jdbc:sqlite:" + dir.resolve(name + ".db"), null);
                case "h2" -> new TestDb(dialect, name, "jdbc:h2:file:" + dir.resolve(name), null);
                case "postgresql" -> server(dialect, name, "jdbc:postgresql://127.0.0.1:5432/test?user=postgres",
                        "jdbc:postgresql://127.0.0.1:5432/" + name + "?user=postgres");
                default -> server(dialect, name, "jdbc:mariadb://127.0.0.1:3306/test?user=root",
                        "jdbc:mariadb://127.0.0.1:3306/" + name + "?user=root");
            };
        }

        private static TestDb server(String dialect, String name, String admin, String url) {
            try (Connection c = DriverManager.getConnection(admin); Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE " + name);
            } catch (SQLException e) {
                if ("true".equals(System.getenv("CI"))) {
                    throw new IllegalStateException("Database server needed under CI is unreachable: " + admin, e);
                }
                Assumptions.abort("Database server not reachable: " + e.getMessage());
            }
            return new TestDb(dialect, name, url, admin);
        }

        Connection connect() throws SQLException {
            return DriverManager.getConnection(url);
        }

        void execute(Connection c, String sql) throws SQLException {
            try (Statement st = c.createStatement()) {
                st.execute(sql);
            }
        }

        @Override
        public void close() throws SQLException {
            if (adminUrl != null) {
                try (Connection c = DriverManager.getConnection(adminUrl); Statement st = c.createStatement()) {
                    st.execute("DROP DATABASE IF EXISTS " + name + (dialect.equals("postgresql") ? " WITH (FORCE)" : ""));
                }
            }
        }
    }
}
