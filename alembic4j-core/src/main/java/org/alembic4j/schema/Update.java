package org.alembic4j.schema;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code UPDATE t SET a=1, b=(t.b + 1) WHERE ...}, SQLAlchemy's layout. */
public record Update(Table table, Map<String, Object> values, SqlExpression where) implements DataStatement {
    public Update {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        for (String key : values.keySet()) {
            table.c(key);
        }
    }

    /** Sets a column to a value or an expression. */
    public Update set(String column, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.put(column, value);
        return new Update(table, copy, where);
    }

    public Update values(Map<String, ?> newValues) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.putAll(newValues);
        return new Update(table, copy, where);
    }

    public Update where(SqlExpression condition) {
        return new Update(table, values, where == null ? condition : where.and(condition));
    }

    @Override public String toJava() {
        StringBuilder sb = new StringBuilder("update(" + table.toJava() + ")");
        values.forEach((k, v) -> sb.append(".set(").append(JavaSource.string(k)).append(", ").append(JavaSource.value(v)).append(")"));
        if (where != null) sb.append(".where(").append(where.toJava()).append(")");
        return sb.toString();
    }
}
