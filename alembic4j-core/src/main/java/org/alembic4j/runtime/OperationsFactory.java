package org.alembic4j.runtime;

import org.alembic4j.op.DefaultOperations;
import org.alembic4j.op.Operations;

/** Makes the {@code op} object of a run from its context. */
@FunctionalInterface
public interface OperationsFactory {

    Operations create(RunContext context);

    /** alembic4j's operations ({@link DefaultOperations}), rendering through the run's dialect. */
    static OperationsFactory standard() {
        // A class, not a method reference: made by every command, and a JVM's first lambda costs milliseconds.
        return new OperationsFactory() {
            @Override
            public Operations create(RunContext context) {
                return new DefaultOperations(context);
            }
        };
    }
}
