package org.alembic4j.runtime.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * PostgreSQL: a session-level {@code pg_advisory_lock} keyed on the version table's schema and
 * name. Advisory locks live per database, are not touched by COMMIT/ROLLBACK, and go away with
 * the session.
 */
final class PostgresAdvisoryLock implements RunLock {

    private static final long POLL_MILLIS = 100;

    private final Connection connection;
    private final long key;

    private PostgresAdvisoryLock(Connection connection, long key) {
        this.connection = connection;
        this.key = key;
    }

    static RunLock acquire(Connection connection, org.alembic4j.runtime.db.VersionTable table, Duration timeout,
                           LockWaitListener listener) throws SQLException {
        String schema = table.schema() != null ? table.schema() : currentSchema(connection);
        long key = RunLock.key("alembic4j:" + schema + "." + table.name());
        String what = "database " + connection.getCatalog() + " (" + schema + "." + table.name() + ")";
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean told = false;
        while (!tryLock(connection, key)) {
            if (!told) {
                listener.waiting(what);
                told = true;
            }
            if (System.nanoTime() > deadline) {
                throw RunLock.timedOut(what, timeout);
            }
            sleep();
        }
        return new PostgresAdvisoryLock(connection, key);
    }

    @Override
    public void close() {
        try (PreparedStatement st = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            st.setLong(1, key);
            st.execute();
        } catch (SQLException e) {
            // The session ends when the connection closes, which releases the lock anyway.
        }
    }

    private static boolean tryLock(Connection connection, long key) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            st.setLong(1, key);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static String currentSchema(Connection connection) throws SQLException {
        String s = connection.getSchema();
        return s == null ? "public" : s;
    }

    static void sleep() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new org.alembic4j.AlembicException("Interrupted while waiting for the migration lock");
        }
    }
}
