package org.alembic4j.runtime;

import org.alembic4j.op.Operations;

/**
 * Makes the {@code op} object scripts get, bound to a running migration. The object should
 * send its SQL through {@link MigrationContext#execute} and implement
 * {@link MigrationContext.Provider} so that scripts can reach the context.
 */
@FunctionalInterface
public interface OperationsFactory {

    Operations create(MigrationContext context);

    /** Raw SQL only ({@link RawSqlOperations}). */
    static OperationsFactory rawSql() {
        return RawSqlOperations::new;
    }
}
