package org.alembic4j.op;

import java.util.List;
import java.util.Optional;
import org.alembic4j.schema.DataStatement;

/** {@code op.execute} with an INSERT/UPDATE/DELETE built from a table: values are rendered inline. */
public record ExecuteStatementOp(DataStatement statement) implements MigrationOperation {

    @Override public List<String> statements(RenderContext context) {
        return List.of(context.dialect().sql().statement(statement));
    }

    @Override public String toJava() {
        return "op.execute(" + statement.toJava() + ")";
    }

    @Override public Optional<MigrationOperation> reverse() {
        return Optional.empty();
    }
}
