package org.alembic4j.runtime.internal;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import org.alembic4j.AlembicException;

/**
 * Embedded file databases (SQLite, H2): an OS lock ({@code FileChannel.tryLock}) on
 * {@code <database file>.alembic4j-lock} next to the database. The OS drops the lock when the
 * process dies, so a killed run never leaves a stuck lock; the empty file itself stays.
 * In-memory databases are private to one process and get no lock.
 */
final class DatabaseFileLock implements RunLock {

    /** How to ask each database for the path of its file; null or "" means in memory. */
    private static final Map<String, String> FILE_QUERY = Map.of(
            "sqlite", "SELECT file FROM pragma_database_list WHERE name = 'main'",
            "h2", "SELECT DATABASE_PATH()");

    static final String SUFFIX = ".alembic4j-lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DatabaseFileLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static RunLock acquire(Connection connection, String dialectName, Duration timeout, LockWaitListener listener)
            throws SQLException {
        String file = databaseFile(connection, dialectName);
        if (file == null || file.isEmpty()) {
            return () -> { };
        }
        Path lockFile = Path.of(file + SUFFIX);
        try {
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            long deadline = System.nanoTime() + timeout.toNanos();
            boolean told = false;
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    return new DatabaseFileLock(channel, lock);
                }
                if (!told) {
                    listener.waiting(file);
                    told = true;
                }
                if (System.nanoTime() > deadline) {
                    channel.close();
                    throw RunLock.timedOut(file, timeout);
                }
                PostgresAdvisoryLock.sleep();
            }
        } catch (IOException e) {
            throw new AlembicException("Could not lock " + lockFile + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // Closing the channel (or the process ending) releases the lock.
        }
    }

    /** Null when another process, or another run in this JVM, holds it. */
    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldInThisJvm) {
            return null;
        }
    }

    private static String databaseFile(Connection connection, String dialectName) throws SQLException {
        String query = FILE_QUERY.get(dialectName);
        if (query == null) {
            return null;
        }
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(query)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
