package org.alembic4j.op;

import java.util.ArrayList;
import java.util.List;
import org.alembic4j.schema.Table;

/** Options of {@code batchAlterTable}: Alembic's {@code schema}, {@code recreate}, {@code copy_from}, {@code partial_reordering}. */
public final class BatchOptions extends SchemaOptions<BatchOptions> {
    Recreate recreate = Recreate.AUTO;
    Table copyFrom;
    final List<List<String>> partialReordering = new ArrayList<>();

    public BatchOptions recreate(Recreate value) { recreate = value; return this; }

    /** The table's current definition, so it need not be reflected (required offline for a re-create). */
    public BatchOptions copyFrom(Table table) { copyFrom = table; return this; }

    /** Columns that must come in this order in the re-created table, e.g. {@code partialReordering("code", "id")}. */
    public BatchOptions partialReordering(String... columns) { partialReordering.add(List.of(columns)); return this; }
}
