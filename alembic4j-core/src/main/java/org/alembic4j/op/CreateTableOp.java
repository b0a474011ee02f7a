package org.alembic4j.op;

import java.util.List;
import java.util.Optional;
import org.alembic4j.schema.Table;

/** {@code op.create_table}: enum types (PostgreSQL), CREATE TABLE, its indexes and comments. */
public record CreateTableOp(Table table, boolean ifNotExists) implements MigrationOperation {

    @Override public List<String> statements(RenderContext context) {
        return context.dialect().ddl().createTable(context.naming().apply(table), ifNotExists);
    }

    @Override public String toJava() {
        return ifNotExists ? "op.createTable(" + table.toJava() + ", t -> t.ifNotExists())"
                : "op.createTable(" + table.toJava() + ")";
    }

    @Override public Optional<MigrationOperation> reverse() {
        return Optional.of(new DropTableOp(table.schema(), table.name(), false, table));
    }
}
