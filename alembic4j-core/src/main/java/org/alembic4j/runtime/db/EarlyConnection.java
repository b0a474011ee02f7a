package org.alembic4j.runtime.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A connection opened on a background thread as soon as the environment hook names its URL, so
 * that the driver's start-up and the server's (PostgreSQL starts a process per connection) run
 * while the hook goes on (building the target schema, say) instead of after it.
 *
 * <p>Only for database servers: opening a SQLite or H2 URL can create a file, which must not
 * happen for a URL the hook then replaces. A connection nobody takes is closed by
 * {@link #discard()}, whenever it arrives. Failures surface in {@link #take()}, where the
 * connection would otherwise have been opened, with the same exception.
 */
public final class EarlyConnection {

    private static final Set<String> SERVERS = Set.of("postgresql", "mysql", "mariadb");

    private final String url;
    private final Task task;

    private EarlyConnection(String url, JdbcTarget target) {
        this.url = url;
        this.task = new Task(target);
    }

    /** Starts connecting to {@code url} if it names a database server; empty otherwise (or if the URL is bad). */
    public static Optional<EarlyConnection> start(String url) {
        JdbcTarget target;
        try {
            target = DatabaseUrls.parse(url);
        } catch (RuntimeException e) {
            return Optional.empty();   // reported by the ordinary connect, in its place
        }
        if (!SERVERS.contains(target.dialectName())) {
            return Optional.empty();
        }
        EarlyConnection early = new EarlyConnection(url, target);
        Thread thread = new Thread(early.task, "alembic4j-connect");
        thread.setDaemon(true);
        thread.start();
        return Optional.of(early);
    }

    /** Whether this is the connection to {@code url}, exactly as the hook gave it. */
    public boolean isFor(String url) {
        return this.url.equals(url);
    }

    /** The connection, once open; what opening it threw, else. */
    public Connection take() throws SQLException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            discard();
            throw new SQLException("interrupted while connecting", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException sql) {
                throw sql;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new SQLException(cause);
        }
    }

    /** Closes the connection, now or when it is open: nobody will take it. */
    public void discard() {
        task.discard();
    }

    private static final class Task extends FutureTask<Connection> {
        private volatile boolean discarded;

        Task(JdbcTarget target) {
            super(() -> JdbcDrivers.connect(target.jdbcUrl(), target.jdbcProperties()));
        }

        void discard() {
            discarded = true;
            if (isDone()) {
                closeQuietly();
            }
        }

        @Override
        protected void done() {
            if (discarded) {
                closeQuietly();
            }
        }

        private void closeQuietly() {
            try {
                get().close();   // closing twice (both paths) does nothing
            } catch (Exception ignored) {
                // failed to connect, or failed to close: either way nothing stays open
            }
        }
    }
}
