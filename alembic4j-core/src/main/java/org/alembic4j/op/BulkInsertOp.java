package org.alembic4j.op;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.alembic4j.schema.JavaSource;
import org.alembic4j.schema.Table;

/**
 * {@code op.bulk_insert}: one {@code INSERT} per row, each listing only its own keys in table
 * column order, values rendered as literals. Online and offline run the same statements, so rows
 * with different keys work online too. {@code multiinsert} is kept for Alembic compatibility.
 */
public record BulkInsertOp(Table table, List<Map<String, Object>> rows, boolean multiinsert) implements MigrationOperation {

    public BulkInsertOp {
        List<Map<String, Object>> copy = new ArrayList<>();
        for (Map<String, Object> row : rows) {
            copy.add(Collections.unmodifiableMap(new LinkedHashMap<>(row)));
        }
        rows = List.copyOf(copy);
    }

    @Override public List<String> statements(RenderContext context) {
        return rows.stream().map(r -> context.dialect().sql().insert(table, r)).collect(Collectors.toList());
    }

    @Override public String toJava() {
        return "op.bulkInsert(" + table.toJava() + ", List.of(" + rows.stream().map(JavaSource::value)
                .collect(Collectors.joining(", ")) + ")" + (multiinsert ? "" : ", false") + ")";
    }

    @Override public Optional<MigrationOperation> reverse() {
        return Optional.empty();
    }
}
