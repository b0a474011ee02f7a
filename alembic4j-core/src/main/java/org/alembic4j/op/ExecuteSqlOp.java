package org.alembic4j.op;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alembic4j.schema.JavaSource;

/**
 * {@code op.execute} with SQL text. Unlike Alembic, the text is passed through untouched: a
 * {@code :word} inside it is not a bind parameter unless parameters are given, and then only
 * outside quoted text.
 */
public record ExecuteSqlOp(String sql, Map<String, Object> parameters) implements MigrationOperation {

    public ExecuteSqlOp {
        parameters = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    @Override public List<String> statements(RenderContext context) {
        return List.of(parameters.isEmpty() ? sql : context.dialect().sql().bindParameters(sql, parameters));
    }

    @Override public String toJava() {
        return parameters.isEmpty() ? "op.execute(" + JavaSource.string(sql) + ")"
                : "op.execute(" + JavaSource.string(sql) + ", " + JavaSource.value(parameters) + ")";
    }

    @Override public Optional<MigrationOperation> reverse() {
        return Optional.empty();
    }
}
