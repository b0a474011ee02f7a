package org.alembic4j.op;

import java.util.List;
import java.util.Optional;
import org.alembic4j.schema.EnumType;

/** {@code DROP TYPE name} where enums are named types; nothing elsewhere. {@code drop_table} never drops them. */
public record DropEnumTypeOp(EnumType type) implements MigrationOperation {
    @Override public List<String> statements(RenderContext context) {
        return context.dialect().ddl().dropEnumType(type);
    }

    @Override public String toJava() { return "op.dropEnumType(" + type.toJava() + ")"; }

    @Override public Optional<MigrationOperation> reverse() { return Optional.of(new CreateEnumTypeOp(type)); }
}
