package org.alembic4j.runtime.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.alembic4j.runtime.db.VersionTable;

/**
 * MySQL / MariaDB: {@code GET_LOCK(name, timeout)}. Named locks are server-wide, so the name
 * includes the database; they belong to the connection and survive the implicit commits of DDL.
 */
final class MySqlNamedLock implements RunLock {

    /** The servers reject longer lock names. */
    private static final int MAX_NAME = 64;

    private final Connection connection;
    private final String name;

    private MySqlNamedLock(Connection connection, String name) {
        this.connection = connection;
        this.name = name;
    }

    static RunLock acquire(Connection connection, VersionTable table, Duration timeout, LockWaitListener listener)
            throws SQLException {
        String database = table.schema() != null ? table.schema() : connection.getCatalog();
        String full = "alembic4j." + database + "." + table.name();
        String name = full.length() <= MAX_NAME ? full
                : "alembic4j." + Sha256.hex(full).substring(0, 40);
        if (getLock(connection, name, 0)) {
            return new MySqlNamedLock(connection, name);
        }
        String what = "database " + database + " (" + table.name() + ")";
        listener.waiting(what);
        // GET_LOCK waits in whole seconds (fractions since MySQL 5.7.5 / MariaDB 10.1); round up.
        long seconds = Math.max(1, (timeout.toMillis() + 999) / 1000);
        if (!getLock(connection, name, seconds)) {
            throw RunLock.timedOut(what, timeout);
        }
        return new MySqlNamedLock(connection, name);
    }

    @Override
    public void close() {
        try (PreparedStatement st = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            st.setString(1, name);
            st.execute();
        } catch (SQLException e) {
            // Closing the connection releases it as well.
        }
    }

    private static boolean getLock(Connection connection, String name, long seconds) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
            st.setString(1, name);
            st.setLong(2, seconds);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getInt(1) == 1;
            }
        }
    }
}
