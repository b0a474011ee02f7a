package org.alembic4j.schema;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code INSERT INTO t (cols) VALUES (...)}; columns are written in the table's column order. */
public record Insert(Table table, Map<String, Object> values) implements DataStatement {
    public Insert {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
        for (String key : values.keySet()) {
            table.c(key);
        }
    }

    /** The same insert with these column values. */
    public Insert values(Map<String, ?> newValues) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.putAll(newValues);
        return new Insert(table, copy);
    }

    @Override public String toJava() {
        return "insert(" + table.toJava() + ").values(" + JavaSource.value(values) + ")";
    }
}
