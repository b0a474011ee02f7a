package org.alembic4j.op.online;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.alembic4j.dialect.Dialect;
import org.alembic4j.dialect.Dialects;
import org.alembic4j.op.OperationContext;
import org.junit.jupiter.api.Assumptions;

/**
 * A private, empty database on a real server or embedded engine: a fresh schema on PostgreSQL, a
 * fresh database on MariaDB, a new file for SQLite, a new in-memory database for H2. Unreachable
 * servers skip the test, except under {@code CI=true} where they fail it.
 */
final class TestDatabase implements AutoCloseable, OperationContext {

    final Dialect dialect;
    final Connection connection;
    /** Where tables are created: PostgreSQL schema, MariaDB database (catalog), null elsewhere. */
    final String namespace;
    private final Path file;

    private TestDatabase(Dialect dialect, Connection connection, String namespace, Path file) {
        this.dialect = dialect;
        this.connection = connection;
        this.namespace = namespace;
        this.file = file;
    }

    static TestDatabase open(String dialect) throws Exception {
        String unique = "ops_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        switch (dialect) {
            case "postgresql" -> {
                Connection c = connect("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE SCHEMA " + unique);
                    st.execute("SET search_path TO " + unique);
                }
                return new TestDatabase(Dialects.forName(dialect), c, unique, null);
            }
            case "mariadb" -> {
                Connection c = connect("jdbc:mariadb://127.0.0.1:3306/", "root", "");
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE DATABASE " + unique);
                }
                c.setCatalog(unique);
                return new TestDatabase(Dialects.forName(dialect), c, unique, null);
            }
            case "sqlite" -> {
                Path f = Files.createTempFile("alembic4j-ops", ".db");
                return new TestDatabase(Dialects.forName(dialect), DriverManager.getConnection("jdbc:sqlite:" + f), null, f);
            }
            case "h2" -> {
                return new TestDatabase(Dialects.forName(dialect),
                        DriverManager.getConnection("jdbc:h2:mem:" + unique + ";DB_CLOSE_DELAY=-1"), null, null);
            }
            default -> throw new IllegalArgumentException(dialect);
        }
    }

    private static Connection connect(String url, String user, String password) throws SQLException {
        try {
            return DriverManager.getConnection(url, user, password);
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CI"))) {
                throw e;
            }
            Assumptions.abort("database not reachable at " + url + ": " + e.getMessage());
            throw e;
        }
    }

    /** A name as the catalog stores it (H2 folds unquoted names to upper case). */
    String stored(String name) {
        return dialect.name().equals("h2") && name.equals(name.toLowerCase(Locale.ROOT)) ? name.toUpperCase(Locale.ROOT) : name;
    }

    @Override public Dialect dialect() { return dialect; }
    @Override public boolean isOffline() { return false; }
    @Override public Optional<Connection> connection() { return Optional.of(connection); }

    @Override public void execute(String sql) {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("SQL failed on " + dialect.name() + ": " + sql + "\n" + e.getMessage(), e);
        }
    }

    @Override public void close() throws Exception {
        try (Statement st = connection.createStatement()) {
            switch (dialect.name()) {
                case "postgresql" -> st.execute("DROP SCHEMA " + namespace + " CASCADE");
                case "mariadb" -> st.execute("DROP DATABASE " + namespace);
                case "h2" -> st.execute("SHUTDOWN");
                default -> { }
            }
        } finally {
            connection.close();
            if (file != null) {
                Files.deleteIfExists(file);
            }
        }
    }
}
