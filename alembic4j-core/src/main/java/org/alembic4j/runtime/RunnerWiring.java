package org.alembic4j.runtime;

import java.util.Objects;
import org.alembic4j.runtime.db.DialectResolver;

/**
 * The pieces the runner takes from other parts of alembic4j: the factory of the scripts'
 * {@code op} object and the dialects.
 *
 * @param operations  makes {@code op} for a run
 * @param dialects    finds the dialect for a name
 */
public record RunnerWiring(OperationsFactory operations, DialectResolver dialects) {

    public RunnerWiring {
        Objects.requireNonNull(operations, "operations");
        Objects.requireNonNull(dialects, "dialects");
    }

    /** alembic4j's operations and dialects. */
    public static RunnerWiring defaults() {
        return new RunnerWiring(OperationsFactory.standard(), DialectResolver.standard());
    }
}
