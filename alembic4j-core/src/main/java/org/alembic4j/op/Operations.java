package org.alembic4j.op;

/**
 * What a revision script can do to the database: Alembic's {@code op} object.
 *
 * <p>Each call builds an operation value and hands it to the running migration, which executes it
 * online or prints its SQL offline.
 */
public interface Operations {

    /** Runs raw SQL exactly as written (no bind-parameter parsing of {@code :word}). */
    void execute(String sql);
}
