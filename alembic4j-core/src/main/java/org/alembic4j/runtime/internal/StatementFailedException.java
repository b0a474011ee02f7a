package org.alembic4j.runtime.internal;

import java.sql.SQLException;

/**
 * A statement the database refused; carries the statement so the run's error can name it, and,
 * when the statement was held back in a pipeline, which step of the run sent it.
 */
public final class StatementFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** {@link #step()} when the failure belongs to the step running now. */
    public static final int CURRENT_STEP = -1;

    private final String sql;
    private final int step;

    public StatementFailedException(String sql, SQLException cause) {
        this(sql, cause, CURRENT_STEP);
    }

    public StatementFailedException(String sql, SQLException cause, int step) {
        super(cause.getMessage(), cause);
        this.sql = sql;
        this.step = step;
    }

    /** The statement as sent. */
    public String sql() {
        return sql;
    }

    /** The run's step (counted from 0 by {@link Session#beginStep()}) that sent it, or {@link #CURRENT_STEP}. */
    public int step() {
        return step;
    }
}
