package org.alembic4j.runtime.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import org.alembic4j.AlembicException;
import org.alembic4j.runtime.MigrationContext;

/**
 * A run on a JDBC connection.
 *
 * <p>Transaction modes: {@link Mode#WHOLE_RUN} commits once at the end (transactional DDL, the
 * default there); {@link Mode#PER_STEP} commits after the version table is created and after
 * every step, so a failure keeps the earlier steps and a true version table;
 * {@link Mode#EXTERNAL} leaves every boundary to the caller who handed over a connection that
 * was already in a transaction.
 */
public final class OnlineSession implements Session {

    /** Where the commits are. */
    public enum Mode { WHOLE_RUN, PER_STEP, EXTERNAL }

    private final Connection connection;
    private final boolean ownsConnection;
    private final Mode mode;
    private final boolean autoCommitBefore;
    /** DDL held back and sent in pipelined batches; null unless asked for in a whole-run transaction. */
    private final StatementPipeline pipeline;
    private int step = -1;
    /** Statements of an autocommit block run at once: each commits on its own (CREATE INDEX CONCURRENTLY). */
    private boolean inAutocommitBlock;
    /**
     * Set when the connection is handed out during a step: the caller may keep it and use it
     * after later statements of the same step (Alembic's {@code conn = op.get_bind()} at the top
     * of a migration), so nothing more is held back until the next step begins.
     */
    private boolean connectionHandedOut;

    /**
     * @param connection      the connection
     * @param ownsConnection  close it at the end (false for a connection the caller owns)
     * @param mode            transaction mode ({@link #modeFor} picks it)
     */
    public OnlineSession(Connection connection, boolean ownsConnection, Mode mode) throws SQLException {
        this(connection, ownsConnection, mode, false);
    }

    /**
     * @param pipelineDdl hold DDL back and send it in pipelined batches ({@link StatementPipeline});
     *                    only in {@link Mode#WHOLE_RUN}, where nothing is committed before the end
     */
    public OnlineSession(Connection connection, boolean ownsConnection, Mode mode, boolean pipelineDdl)
            throws SQLException {
        this.connection = connection;
        this.ownsConnection = ownsConnection;
        this.mode = mode;
        this.autoCommitBefore = connection.getAutoCommit();
        this.pipeline = pipelineDdl && mode == Mode.WHOLE_RUN ? new StatementPipeline(connection) : null;
    }

    /** The mode for a connection: external when it is already inside the caller's transaction. */
    public static Mode modeFor(Connection connection, boolean ownsConnection, boolean transactionalDdl,
                               boolean transactionPerMigration) throws SQLException {
        if (!ownsConnection && !connection.getAutoCommit()) {
            return Mode.EXTERNAL;
        }
        return transactionalDdl && !transactionPerMigration ? Mode.WHOLE_RUN : Mode.PER_STEP;
    }

    public Mode mode() {
        return mode;
    }

    @Override
    public boolean isOffline() {
        return false;
    }

    @Override
    public Optional<Connection> connection() {
        // Whoever uses the connection directly must see every statement sent so far, now and
        // for the rest of this step.
        sendHeld();
        connectionHandedOut = true;
        return Optional.of(connection);
    }

    @Override
    public void sendHeld() {
        if (pipeline != null) {
            pipeline.flush();
        }
    }

    @Override
    public boolean commitsEachStep() {
        return mode == Mode.PER_STEP;
    }

    @Override
    public boolean commitsOnlyAtEnd() {
        return mode == Mode.WHOLE_RUN;
    }

    @Override
    public boolean ownsTransactions() {
        return mode != Mode.EXTERNAL;
    }

    @Override
    public void execute(String sql) {
        if (pipeline != null && !inAutocommitBlock && !connectionHandedOut && StatementPipeline.canHold(sql)) {
            pipeline.hold(sql, step);
            return;
        }
        sendHeld();
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new StatementFailedException(sql, e);
        }
    }

    @Override
    public void staticOutput(String text) {
        // Alembic's static_output only means something for --sql.
    }

    @Override
    public void beginRun() {
        step = -1;
        if (mode != Mode.EXTERNAL) {
            sql(() -> connection.setAutoCommit(false));
        }
    }

    @Override
    public void checkpoint() {
        if (mode == Mode.PER_STEP) {
            sql(connection::commit);
        }
    }

    @Override
    public void beginStep() {
        // JDBC begins a transaction implicitly with the first statement after a commit.
        step++;
        connectionHandedOut = false;
    }

    @Override
    public void endStep() {
        checkpoint();
    }

    @Override
    public void endRun() {
        sendHeld();
        if (mode != Mode.EXTERNAL) {
            sql(connection::commit);
            restoreAutoCommit();
        }
    }

    @Override
    public void abort() {
        if (pipeline != null) {
            pipeline.discard();
        }
        if (mode == Mode.EXTERNAL) {
            return;
        }
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException e) {
            // The run's own error is what matters; a failed rollback ends with the connection.
        }
        restoreAutoCommit();
    }

    @Override
    public void autocommitBlock(MigrationContext.Block block) throws Exception {
        if (mode == Mode.EXTERNAL) {
            throw new AlembicException("autocommit block not possible: the connection handed to the "
                    + "environment is inside the caller's transaction, which alembic4j does not commit");
        }
        sendHeld();
        connection.commit();
        connection.setAutoCommit(true);
        inAutocommitBlock = true;
        try {
            block.run();
        } finally {
            inAutocommitBlock = false;
            connection.setAutoCommit(false);
        }
    }

    @Override
    public void close() {
        if (ownsConnection) {
            try {
                connection.close();
            } catch (SQLException e) {
                // nothing left to do with a connection that will not close
            }
        }
    }

    private void restoreAutoCommit() {
        if (autoCommitBefore) {
            try {
                connection.setAutoCommit(true);
            } catch (SQLException e) {
                // the connection is unusable; close() follows
            }
        }
    }

    private interface SqlAction {
        void run() throws SQLException;
    }

    private static void sql(SqlAction action) {
        try {
            action.run();
        } catch (SQLException e) {
            throw new AlembicException("Transaction handling failed: " + e.getMessage(), e);
        }
    }
}
