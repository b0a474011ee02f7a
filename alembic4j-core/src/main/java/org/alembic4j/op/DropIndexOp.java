package org.alembic4j.op;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alembic4j.schema.Index;
import org.alembic4j.schema.JavaSource;

/** {@code op.drop_index}; MySQL needs the table. {@code definition} (may be null) is what the reverse re-creates. */
public record DropIndexOp(String schema, String table, String name, boolean ifExists, Map<String, Object> options,
        Index definition) implements MigrationOperation {

    public DropIndexOp {
        options = Map.copyOf(options);
    }

    @Override public List<String> statements(RenderContext context) {
        return List.of(context.dialect().ddl().dropIndex(schema, table, name, ifExists, options));
    }

    @Override public String toJava() {
        StringBuilder opts = new StringBuilder();
        if (schema != null) opts.append(".schema(").append(JavaSource.string(schema)).append(")");
        if (ifExists) opts.append(".ifExists()");
        opts.append(Index.optionsToJava(new java.util.TreeMap<>(options)));
        return "op.dropIndex(" + JavaSource.string(name) + (table == null ? (opts.length() > 0 ? ", null" : "") : ", " + JavaSource.string(table))
                + (opts.length() == 0 ? "" : ", o -> o" + opts) + ")";
    }

    @Override public Optional<MigrationOperation> reverse() {
        return Optional.ofNullable(definition).filter(d -> table != null).map(d -> new CreateIndexOp(schema, table, d, false));
    }
}
