package org.alembic4j.runtime.internal;

import java.sql.Connection;
import java.util.Optional;
import org.alembic4j.runtime.MigrationContext;

/**
 * Where a run's statements go and how its transactions are delimited: a database connection
 * ({@link OnlineSession}) or an offline SQL script ({@link OfflineSession}).
 *
 * <p>The runner calls {@link #beginRun}, then per step {@link #beginStep}/{@link #endStep},
 * then {@link #endRun}; {@link #abort} after a failure. Each session decides which of these
 * points are real transaction boundaries (whole run, or step by step).
 */
public interface Session extends AutoCloseable {

    boolean isOffline();

    Optional<Connection> connection();

    /** True when each step is committed on its own online (so a failure keeps the earlier steps). */
    boolean commitsEachStep();

    /**
     * True when the whole run is one transaction committed at the end (online, transactional
     * DDL): what happens inside it is invisible until then, so the runner may hold back writes.
     */
    boolean commitsOnlyAtEnd();

    /** True when this session commits and rolls back online (not offline, not inside the caller's transaction). */
    boolean ownsTransactions();

    /** Runs (online) or writes (offline) one statement. */
    void execute(String sql);

    /**
     * Sends statements held back for pipelining (see {@code StatementPipeline}); a failure among
     * them is a {@link StatementFailedException} naming its statement and step. Nothing to do
     * offline or when nothing is held.
     */
    void sendHeld();

    /** Offline: writes text followed by a blank line. Online: nothing. */
    void staticOutput(String text);

    void beginRun();

    /** Makes work so far durable when the run goes step by step (after creating the version table). */
    void checkpoint();

    void beginStep();

    void endStep();

    void endRun();

    /** Undoes the uncommitted work after a failure (online); nothing offline. */
    void abort();

    /** See {@link MigrationContext#autocommitBlock}. */
    void autocommitBlock(MigrationContext.Block block) throws Exception;

    @Override
    void close();
}
