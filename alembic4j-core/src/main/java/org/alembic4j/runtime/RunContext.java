package org.alembic4j.runtime;

import org.alembic4j.op.OperationContext;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alembic4j.AlembicException;
import org.alembic4j.dialect.Dialect;
import org.alembic4j.runtime.internal.Session;

/**
 * The context of one runner: what scripts see ({@link MigrationContext}) and what the operations
 * execute through ({@link OperationContext}).
 */
public final class RunContext implements MigrationContext, OperationContext {

    private final Session session;
    private final Dialect dialect;
    private final Invocation invocation;
    private final AutocommitListener autocommitListener;
    /** The statements of the script now running, while it is being recorded for offline replay. */
    private List<String> recording;
    /** The recording saw something other than statements (static output, an autocommit block). */
    private boolean recordingSpoiled;

    /** What the runner is told around a script's autocommit block. */
    interface AutocommitListener {
        /** Before the block commits the work so far: the runner writes the version rows it was holding back. */
        void beforeAutocommit();

        /** After the work so far was committed: the runner notes what a later failure can no longer roll back. */
        void afterAutocommit();
    }

    RunContext(Session session, Dialect dialect, Invocation invocation, AutocommitListener autocommitListener) {
        this.session = session;
        this.dialect = dialect;
        this.invocation = invocation;
        this.autocommitListener = autocommitListener;
    }

    @Override
    public boolean isOffline() {
        return session.isOffline();
    }

    @Override
    public boolean isOfflineMode() {
        return session.isOffline();
    }

    @Override
    public Dialect dialect() {
        return dialect;
    }

    @Override
    public Optional<Connection> connection() {
        return session.connection();
    }

    @Override
    public List<String> xArguments() {
        return invocation.xArguments();
    }

    @Override
    public Map<String, String> xArgumentsAsMap() {
        return RuntimeEnvironmentContext.xArgumentsAsMap(invocation.xArguments());
    }

    @Override
    public Optional<String> tag() {
        return Optional.ofNullable(invocation.tag());
    }

    @Override
    public void execute(String sql) {
        if (recording != null) {
            recording.add(sql);
        }
        session.execute(sql);
    }

    @Override
    public void staticOutput(String text) {
        recordingSpoiled = true;
        session.staticOutput(text);
    }

    /** Starts keeping the statements executed from now on (a script's, for {@link OfflineReplay}). */
    void startRecording() {
        recording = new ArrayList<>();
        recordingSpoiled = false;
    }

    /**
     * The statements executed since {@link #startRecording()}; empty when anything else was
     * written meanwhile, which a replay of statements alone would lose.
     */
    Optional<List<String>> stopRecording() {
        List<String> recorded = recording;
        recording = null;
        return recordingSpoiled || recorded == null ? Optional.empty() : Optional.of(recorded);
    }

    @Override
    public void autocommitBlock(Block block) {
        recordingSpoiled = true;
        try {
            autocommitListener.beforeAutocommit();
            session.autocommitBlock(() -> {
                autocommitListener.afterAutocommit();
                block.run();
            });
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new AlembicException("autocommit block failed: " + e.getMessage(), e);
        }
    }
}
