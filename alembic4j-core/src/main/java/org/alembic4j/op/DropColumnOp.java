package org.alembic4j.op;

import java.util.List;
import java.util.Optional;
import org.alembic4j.schema.Column;
import org.alembic4j.schema.JavaSource;

/** {@code op.drop_column}; {@code definition} (may be null) is what the reverse adds back. */
public record DropColumnOp(String schema, String table, String column, boolean ifExists, Column definition)
        implements MigrationOperation {

    @Override public List<String> statements(RenderContext context) {
        return List.of(context.dialect().ddl().dropColumn(schema, table, column, ifExists));
    }

    @Override public String toJava() {
        return "op.dropColumn(" + JavaSource.string(table) + ", " + JavaSource.string(column) + Options.drop(schema, ifExists) + ")";
    }

    @Override public Optional<MigrationOperation> reverse() {
        return Optional.ofNullable(definition).map(c -> new AddColumnOp(schema, table, c, false, false, false));
    }
}
