package org.alembic4j.autogenerate.compare;

import org.alembic4j.op.MigrationOperation;

/**
 * An operation autogenerate decided on, with an optional note for the reviewer that the script
 * shows as a comment above it (e.g. why a drop and an add became a rename).
 */
public record PlannedOperation(MigrationOperation operation, String note) {

    public static PlannedOperation of(MigrationOperation operation) {
        return new PlannedOperation(operation, null);
    }
}
