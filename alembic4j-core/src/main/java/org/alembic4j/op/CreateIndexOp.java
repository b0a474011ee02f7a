package org.alembic4j.op;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alembic4j.schema.ColumnRef;
import org.alembic4j.schema.Index;
import org.alembic4j.schema.JavaSource;
import org.alembic4j.schema.SqlExpression;

/** {@code op.create_index}. */
public record CreateIndexOp(String schema, String table, Index index, boolean ifNotExists) implements MigrationOperation {

    @Override public List<String> statements(RenderContext context) {
        Index named = context.naming().nameIndex(schema, table, index);
        return List.of(context.dialect().ddl().createIndex(schema, table, named, ifNotExists));
    }

    @Override public String toJava() {
        StringBuilder opts = new StringBuilder();
        if (schema != null) opts.append(".schema(").append(JavaSource.string(schema)).append(")");
        if (index.isUnique()) opts.append(".unique()");
        if (ifNotExists) opts.append(".ifNotExists()");
        opts.append(Index.optionsToJava(index.dialectOptions()));
        StringBuilder cols = new StringBuilder();
        for (SqlExpression e : index.elements()) {
            cols.append(cols.length() == 0 ? "" : ", ")
                    .append(e instanceof ColumnRef c ? JavaSource.string(c.name()) : e.toJava());
        }
        return "op.createIndex(" + JavaSource.string(index.name()) + ", " + JavaSource.string(table) + ", List.of(" + cols + ")"
                + (opts.length() == 0 ? "" : ", i -> i" + opts) + ")";
    }

    @Override public Optional<MigrationOperation> reverse() {
        return Optional.of(new DropIndexOp(schema, table, index.name(), false, Map.of(), index));
    }
}
