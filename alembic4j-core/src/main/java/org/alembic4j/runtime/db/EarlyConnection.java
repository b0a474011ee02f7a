package org.alembic4j.runtime.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.alembic4j.internal.concurrent.BackgroundTask;

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
    private BackgroundTask<Connection> task;
    // guarded by this: whether the connection arrived, and whether nobody will take it
    private boolean arrived;
    private boolean discarded;
    private Connection connection;

    private EarlyConnection(String url) {
        this.url = url;
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
        EarlyConnection early = new EarlyConnection(url);
        early.task = BackgroundTask.start("alembic4j-connect", new Callable<Connection>() {
            @Override
            public Connection call() throws SQLException {
                return early.arrive(JdbcDrivers.connect(target.jdbcUrl(), target.jdbcProperties()));
            }
        });
        return Optional.of(early);
    }

    /** Whether this is the connection to {@code url}, exactly as the hook gave it. */
    public boolean isFor(String url) {
        return this.url.equals(url);
    }

    /** The connection, once open; what opening it threw, else. */
    public Connection take() throws SQLException {
        return task.join(SQLException.class);
    }

    /** Closes the connection, now or when it is open: nobody will take it. */
    public synchronized void discard() {
        discarded = true;
        if (arrived) {
            closeQuietly(connection);
        }
    }

    private synchronized Connection arrive(Connection opened) {
        arrived = true;
        connection = opened;
        if (discarded) {
            closeQuietly(opened);
        }
        return opened;
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();   // closing twice (discard after arrival, arrival after discard) does nothing
        } catch (SQLException ignored) {
            // nothing stays open either way
        }
    }
}
