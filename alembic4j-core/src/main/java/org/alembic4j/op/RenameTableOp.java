package org.alembic4j.op;

import java.util.List;
import java.util.Optional;
import org.alembic4j.schema.JavaSource;

/** {@code op.rename_table}: {@code ALTER TABLE old RENAME TO new}. */
public record RenameTableOp(String schema, String oldName, String newName) implements MigrationOperation {

    @Override public List<String> statements(RenderContext context) {
        return List.of(context.dialect().ddl().renameTable(schema, oldName, newName));
    }

    @Override public String toJava() {
        return "op.renameTable(" + JavaSource.string(oldName) + ", " + JavaSource.string(newName) + Options.schema(schema) + ")";
    }

    @Override public Optional<MigrationOperation> reverse() {
        return Optional.of(new RenameTableOp(schema, newName, oldName));
    }
}
