package org.alembic4j.runtime.db;

import java.util.Map;
import java.util.Properties;

/**
 * A database to connect to: the JDBC URL, the connection properties (user, password) kept out
 * of the URL, and the dialect name.
 *
 * @param jdbcUrl      the URL handed to {@code DriverManager}
 * @param properties   connection properties; never printed
 * @param dialectName  {@code postgresql}, {@code mysql}, {@code mariadb}, {@code sqlite} or {@code h2}
 * @param displayUrl   the URL as the user wrote it, with any password replaced by {@code ***}
 */
public record JdbcTarget(String jdbcUrl, Map<String, String> properties, String dialectName, String displayUrl) {

    public JdbcTarget {
        properties = Map.copyOf(properties);
    }

    /** The properties as {@link Properties} for {@code DriverManager.getConnection}. */
    public Properties jdbcProperties() {
        Properties p = new Properties();
        p.putAll(properties);
        return p;
    }
}
