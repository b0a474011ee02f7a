package org.alembic4j.op;

import java.util.List;
import java.util.Optional;
import org.alembic4j.schema.JavaSource;
import org.alembic4j.schema.Table;

/** {@code op.drop_table}; {@code definition} (may be null) is what the reverse re-creates. Enum types are not dropped. */
public record DropTableOp(String schema, String name, boolean ifExists, Table definition) implements MigrationOperation {

    @Override public List<String> statements(RenderContext context) {
        return List.of(context.dialect().ddl().dropTable(schema, name, ifExists));
    }

    @Override public String toJava() {
        return "op.dropTable(" + JavaSource.string(name) + Options.drop(schema, ifExists) + ")";
    }

    @Override public Optional<MigrationOperation> reverse() {
        return Optional.ofNullable(definition).map(t -> new CreateTableOp(t, false));
    }
}
