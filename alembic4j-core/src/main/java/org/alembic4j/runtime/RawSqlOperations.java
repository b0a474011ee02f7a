package org.alembic4j.runtime;

import org.alembic4j.op.Operations;

/**
 * The plainest {@link Operations}: raw SQL handed to the running migration. The full operation
 * set is built elsewhere on the same principle and plugged in through {@link OperationsFactory}.
 */
public final class RawSqlOperations implements Operations, MigrationContext.Provider {

    private final MigrationContext context;

    public RawSqlOperations(MigrationContext context) {
        this.context = context;
    }

    @Override
    public void execute(String sql) {
        context.execute(sql);
    }

    @Override
    public MigrationContext migrationContext() {
        return context;
    }
}
