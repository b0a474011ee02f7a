package org.alembic4j.op;

import java.util.List;
import java.util.Optional;
import org.alembic4j.schema.EnumType;

/**
 * Creates a named enum type where enums are named types ({@code CREATE TYPE mood AS ENUM (...)} on
 * PostgreSQL) and emits nothing elsewhere. Alembic's {@code add_column} does not create the type,
 * so a script adding an enum column on PostgreSQL calls this first.
 */
public record CreateEnumTypeOp(EnumType type) implements MigrationOperation {
    @Override public List<String> statements(RenderContext context) {
        return context.dialect().ddl().createEnumType(type);
    }

    @Override public String toJava() { return "op.createEnumType(" + type.toJava() + ")"; }

    @Override public Optional<MigrationOperation> reverse() { return Optional.of(new DropEnumTypeOp(type)); }
}
