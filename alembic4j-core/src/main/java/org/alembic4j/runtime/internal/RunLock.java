package org.alembic4j.runtime.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import org.alembic4j.AlembicException;
import org.alembic4j.runtime.db.DatabaseProfile;
import org.alembic4j.runtime.db.VersionTable;

/**
 * Keeps two processes from migrating the same database at once. Held from before the current
 * heads are read until the run has committed; released by {@link #close()}, and by the
 * database or the OS if the process dies (session locks and OS file locks, never a lock row).
 */
public interface RunLock extends AutoCloseable {

    @Override
    void close();

    /** Takes the lock that suits the database, waiting up to {@code timeout}. */
    static RunLock acquire(Connection connection, DatabaseProfile profile, VersionTable table,
                           Duration timeout, LockWaitListener listener) {
        try {
            return switch (profile.lockKind()) {
                case POSTGRES_ADVISORY -> PostgresAdvisoryLock.acquire(connection, table, timeout, listener);
                case MYSQL_NAMED -> MySqlNamedLock.acquire(connection, table, timeout, listener);
                case FILE_NEXT_TO_DATABASE -> DatabaseFileLock.acquire(connection, profile.name(), timeout, listener);
            };
        } catch (SQLException e) {
            throw new AlembicException("Could not take the migration lock: " + e.getMessage(), e);
        }
    }

    /** Told once when the lock is busy and the run starts waiting. */
    @FunctionalInterface
    interface LockWaitListener {
        void waiting(String lockedThing);
    }

    /** A stable 64-bit key for a lock name (first 8 bytes of its SHA-256). */
    static long key(String name) {
        byte[] d = Sha256.of(name);
        long k = 0;
        for (int i = 0; i < 8; i++) {
            k = (k << 8) | (d[i] & 0xff);
        }
        return k;
    }

    static AlembicException timedOut(String lockedThing, Duration timeout) {
        String after = timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
        return new AlembicException("Timed out after " + after + " waiting for the migration lock on "
                + lockedThing + "; another process is still migrating it");
    }
}
