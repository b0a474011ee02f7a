package org.alembic4j.runtime.db;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * Opens JDBC connections with the driver the URL names, without {@link DriverManager}'s scan.
 *
 * <p>The first {@code DriverManager} call loads and registers every driver on the class path
 * (four in the CLI distribution; PostgreSQL's starts a timer thread), which a command started
 * for one database pays on every run. For the URL schemes alembic4j knows, the driver class is
 * loaded directly; anything else (or a driver class that is absent) goes through
 * {@code DriverManager} as usual.
 */
public final class JdbcDrivers {

    /** Driver classes by URL prefix, most specific first where several drivers serve a scheme. */
    private static final Map<String, List<String>> DRIVERS = Map.of(
            "jdbc:sqlite:", List.of("org.sqlite.JDBC"),
            "jdbc:postgresql:", List.of("org.postgresql.Driver"),
            "jdbc:mariadb:", List.of("org.mariadb.jdbc.Driver"),
            "jdbc:mysql:", List.of("com.mysql.cj.jdbc.Driver", "org.mariadb.jdbc.Driver"),
            "jdbc:h2:", List.of("org.h2.Driver"));

    private JdbcDrivers() {
    }

    /** A connection to {@code url}. */
    public static Connection connect(String url, Properties properties) throws SQLException {
        // No acceptsURL first: by JDBC's contract connect answers null for a URL its driver does
        // not take, and asking first made the driver parse the URL twice on a path where every
        // millisecond of a cold JVM shows (PostgreSQL's parse costs several).
        for (String driverClass : driverClasses(url)) {
            Optional<Driver> driver = load(driverClass);
            if (driver.isPresent()) {
                Connection connection = driver.get().connect(url, properties);
                if (connection != null) {
                    return connection;
                }
            }
        }
        return DriverManager.getConnection(url, properties);
    }

    /** The driver classes alembic4j knows for {@code jdbcUrl}, most specific first; empty for other schemes. */
    static List<String> driverClasses(String jdbcUrl) {
        for (Map.Entry<String, List<String>> entry : DRIVERS.entrySet()) {
            if (jdbcUrl.startsWith(entry.getKey())) {
                return entry.getValue();
            }
        }
        return List.of();
    }

    /** Whether a driver class is on the class path (without registering anything). */
    static boolean isPresent(String driverClass) {
        return load(driverClass).isPresent();
    }

    private static Optional<Driver> load(String driverClass) {
        try {
            Class<?> type = Class.forName(driverClass, true, JdbcDrivers.class.getClassLoader());
            return Optional.of((Driver) type.getDeclaredConstructor().newInstance());
        } catch (ReflectiveOperationException | LinkageError | ClassCastException e) {
            return Optional.empty();
        }
    }
}
