package org.alembic4j.op;

import java.util.List;
import java.util.Optional;
import org.alembic4j.schema.Constraint;
import org.alembic4j.schema.ConstraintType;
import org.alembic4j.schema.JavaSource;

/** {@code op.drop_constraint}; MySQL needs the type. {@code definition} (may be null) is what the reverse adds back. */
public record DropConstraintOp(String schema, String table, String name, ConstraintType type, boolean ifExists,
        Constraint definition) implements MigrationOperation {

    @Override public List<String> statements(RenderContext context) {
        return List.of(context.dialect().ddl().dropConstraint(schema, table, name, type, ifExists));
    }

    @Override public String toJava() {
        String typeArg = type == null ? (schema != null || ifExists ? ", null" : "") : ", ConstraintType." + type.name();
        return "op.dropConstraint(" + JavaSource.string(name) + ", " + JavaSource.string(table) + typeArg
                + Options.drop(schema, ifExists) + ")";
    }

    @Override public Optional<MigrationOperation> reverse() {
        return Optional.ofNullable(definition).map(d -> new AddConstraintOp(schema, table, d));
    }
}
