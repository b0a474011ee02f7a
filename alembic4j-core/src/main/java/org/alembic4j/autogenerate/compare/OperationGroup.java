package org.alembic4j.autogenerate.compare;

import java.util.List;

/**
 * Operations that belong together in the script: the changes to one existing table (which batch
 * mode wraps in one {@code op.batchAlterTable}), or table-level operations such as create/drop.
 *
 * @param schema     the table's schema, or null
 * @param table      the table changed in place, or null for a group of whole-table operations
 * @param operations in script order
 */
public record OperationGroup(String schema, String table, List<PlannedOperation> operations) {

    public OperationGroup {
        operations = List.copyOf(operations);
    }

    /** Whether this group alters one existing table (and so may become a batch). */
    public boolean altersTable() {
        return table != null;
    }
}
