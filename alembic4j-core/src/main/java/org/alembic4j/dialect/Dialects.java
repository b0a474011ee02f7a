package org.alembic4j.dialect;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.alembic4j.AlembicException;
import org.alembic4j.dialect.h2.H2Dialect;
import org.alembic4j.dialect.mysql.MysqlDialect;
import org.alembic4j.dialect.postgresql.PostgresqlDialect;
import org.alembic4j.dialect.sqlite.SqliteDialect;

/** Finds a dialect by SQLAlchemy name or JDBC URL. A fixed registry: no global mutable state. */
public final class Dialects {

    /** JDBC URL prefixes to dialect names, most specific first. */
    private static final List<Map.Entry<String, String>> BY_URL = List.of(
            Map.entry("jdbc:postgresql:", "postgresql"),
            Map.entry("jdbc:mariadb:", "mariadb"),
            Map.entry("jdbc:mysql:", "mysql"),
            Map.entry("jdbc:sqlite:", "sqlite"),
            Map.entry("jdbc:h2:", "h2"));

    private Dialects() {
    }

    /**
     * The dialect for a SQLAlchemy-style name: {@code postgresql} (or {@code postgres}),
     * {@code mysql}, {@code mariadb}, {@code sqlite}, {@code h2}; a {@code +driver} suffix is
     * ignored ({@code postgresql+psycopg2}).
     */
    public static Dialect forName(String name) {
        String base = name.trim().toLowerCase(Locale.ROOT);
        int plus = base.indexOf('+');
        if (plus >= 0) {
            base = base.substring(0, plus);
        }
        // A switch, not a map of constructor references: every command that runs revisions comes
        // here, and linking method references is a cold JVM's costliest step per call site.
        return switch (base) {
            case "postgresql", "postgres" -> new PostgresqlDialect();
            case "mysql" -> MysqlDialect.mysql();
            case "mariadb" -> MysqlDialect.mariadb();
            case "sqlite" -> new SqliteDialect();
            case "h2" -> new H2Dialect();
            default -> throw new AlembicException("Can't load plugin: sqlalchemy.dialects:" + base
                    + " (alembic4j knows the dialects postgresql, mysql, mariadb, sqlite, h2)");
        };
    }

    /** The dialect for a JDBC URL: {@code jdbc:postgresql:}, {@code jdbc:mariadb:}, {@code jdbc:mysql:}, {@code jdbc:sqlite:}, {@code jdbc:h2:}. */
    public static Dialect forJdbcUrl(String jdbcUrl) {
        String lower = jdbcUrl.trim().toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> e : BY_URL) {
            if (lower.startsWith(e.getKey())) {
                return forName(e.getValue());
            }
        }
        throw new AlembicException("No dialect for JDBC URL '" + jdbcUrl
                + "'; supported: jdbc:postgresql:, jdbc:mariadb:, jdbc:mysql:, jdbc:sqlite:, jdbc:h2:");
    }
}
