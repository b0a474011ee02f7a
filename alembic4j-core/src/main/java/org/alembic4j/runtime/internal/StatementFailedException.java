package org.alembic4j.runtime.internal;

import java.sql.SQLException;

/** A statement the database refused; carries the statement so the run's error can name it. */
public final class StatementFailedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String sql;

    public StatementFailedException(String sql, SQLException cause) {
        super(cause.getMessage(), cause);
        this.sql = sql;
    }

    /** The statement as sent. */
    public String sql() {
        return sql;
    }
}
