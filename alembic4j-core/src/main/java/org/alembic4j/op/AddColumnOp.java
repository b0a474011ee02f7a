package org.alembic4j.op;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alembic4j.schema.Column;
import org.alembic4j.schema.JavaSource;
import org.alembic4j.schema.Table;

/**
 * {@code op.add_column}: ADD COLUMN, then the column's foreign key, UNIQUE and index as separate
 * statements (unless {@code inlineReferences}), and a comment statement where comments are statements.
 */
public record AddColumnOp(String schema, String table, Column column, boolean ifNotExists, boolean inlineReferences,
        boolean inlinePrimaryKey) implements MigrationOperation {

    @Override public List<String> statements(RenderContext context) {
        Table oneColumn = context.naming().apply(new Table(schema, table, List.of(column), null, Map.of()));
        return context.dialect().ddl().addColumn(oneColumn, ifNotExists, inlineReferences, inlinePrimaryKey);
    }

    @Override public String toJava() {
        StringBuilder opts = new StringBuilder();
        if (schema != null) opts.append(".schema(").append(JavaSource.string(schema)).append(")");
        if (ifNotExists) opts.append(".ifNotExists()");
        if (inlineReferences) opts.append(".inlineReferences()");
        if (inlinePrimaryKey) opts.append(".inlinePrimaryKey()");
        return "op.addColumn(" + JavaSource.string(table) + ", " + column.toJava()
                + (opts.length() == 0 ? "" : ", o -> o" + opts) + ")";
    }

    @Override public Optional<MigrationOperation> reverse() {
        return Optional.of(new DropColumnOp(schema, table, column.name(), false, column));
    }
}
