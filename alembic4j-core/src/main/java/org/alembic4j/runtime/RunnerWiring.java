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

    private static final RunnerWiring DEFAULTS =
            new RunnerWiring(OperationsFactory.standard(), DialectResolver.standard());

    /** alembic4j's operations and dialects. */
    public static RunnerWiring defaults() {
        return DEFAULTS;
    }

    /**
     * Whether statements come from alembic4j's own operations and dialects, so that what a script
     * wrote offline in an earlier run is what it would write now ({@link OfflineReplay}).
     */
    public boolean standardRendering() {
        return operations == DEFAULTS.operations && dialects == DEFAULTS.dialects;
    }
}
