package org.alembic4j.runtime.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;

/**
 * A fresh, uniquely named database for one test: a SQLite or H2 file in a temporary directory,
 * or a new database on the PostgreSQL / MariaDB test servers (dropped on close). A server that
 * is down skips the test, unless CI=true, where it fails.
 */
public final class TestDatabase implements AutoCloseable {

    public enum Kind { POSTGRESQL, MARIADB, SQLITE, H2 }

    private static final String PG_ADMIN = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final String MARIADB_ADMIN = "jdbc:mariadb://127.0.0.1:3306/test";

    private final Kind kind;
    private final String name;
    private final String jdbcUrl;
    private final String sqlalchemyUrl;
    private final Path dir;

    private TestDatabase(Kind kind, String name, String jdbcUrl, String sqlalchemyUrl, Path dir) {
        this.kind = kind;
        this.name = name;
        this.jdbcUrl = jdbcUrl;
        this.sqlalchemyUrl = sqlalchemyUrl;
        this.dir = dir;
    }

    public static TestDatabase create(Kind kind) {
        String name = "a4j_rt_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try {
            switch (kind) {
                case SQLITE -> {
                    Path dir = Files.createTempDirectory("a4j-sqlite");
                    Path file = dir.resolve(name + ".db");
                    return new TestDatabase(kind, name, "jdbc:sqlite:" + file, "sqlite:///" + file, dir);
                }
                case H2 -> {
                    Path dir = Files.createTempDirectory("a4j-h2");
                    String url = "jdbc:h2:file:" + dir.resolve(name);
                    return new TestDatabase(kind, name, url, url, dir);
                }
                case POSTGRESQL -> {
                    admin(PG_ADMIN, "postgres", "CREATE DATABASE " + name);
                    return new TestDatabase(kind, name, "jdbc:postgresql://127.0.0.1:5432/" + name + "?user=postgres",
                            "postgresql://postgres@127.0.0.1:5432/" + name, null);
                }
                case MARIADB -> {
                    admin(MARIADB_ADMIN, "root", "CREATE DATABASE " + name);
                    return new TestDatabase(kind, name, "jdbc:mariadb://127.0.0.1:3306/" + name + "?user=root",
                            "mariadb://root@127.0.0.1:3306/" + name, null);
                }
                default -> throw new IllegalArgumentException(kind.toString());
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void admin(String url, String user, String sql) {
        try (Connection c = DriverManager.getConnection(url, user, "")) {
            try (Statement st = c.createStatement()) {
                st.execute(sql);
            }
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IllegalStateException("Database server needed under CI is unreachable: " + url, e);
            }
            Assumptions.abort("Database server not reachable (" + url + "): " + e.getMessage());
        }
    }

    public Kind kind() {
        return kind;
    }

    /** The dialect name alembic4j uses for this database. */
    public String dialect() {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    public String name() {
        return name;
    }

    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** The URL in SQLAlchemy form (JDBC for H2, which has no SQLAlchemy dialect). */
    public String sqlalchemyUrl() {
        return sqlalchemyUrl;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl);
    }

    /** Rows of a one-column query, sorted. */
    public Set<String> strings(String sql) throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            Set<String> out = new TreeSet<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }

    /** The version table's rows. */
    public Set<String> versions() throws SQLException {
        return strings("SELECT version_num FROM alembic_version");
    }

    /** Names of the user tables, lower-cased, sorted. */
    public Set<String> tables() throws SQLException {
        try (Connection c = connect()) {
            String schema = kind == Kind.POSTGRESQL ? "public" : kind == Kind.H2 ? "PUBLIC" : null;
            String catalog = kind == Kind.MARIADB ? name : null;
            Set<String> out = new TreeSet<>();
            try (ResultSet rs = c.getMetaData().getTables(catalog, schema, "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    out.add(rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
            return out;
        }
    }

    public void execute(String sql) throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    @Override
    public void close() throws IOException {
        switch (kind) {
            case POSTGRESQL -> admin(PG_ADMIN, "postgres", "DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            case MARIADB -> admin(MARIADB_ADMIN, "root", "DROP DATABASE IF EXISTS " + name);
            default -> deleteTree(dir);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        List<Path> all = new ArrayList<>();
        try (var walk = Files.walk(dir)) {
            walk.forEach(all::add);
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            Files.deleteIfExists(all.get(i));
        }
    }
}
