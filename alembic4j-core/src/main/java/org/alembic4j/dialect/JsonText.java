package org.alembic4j.dialect;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.alembic4j.schema.JavaSource;

/** Minimal JSON writer for literal JSON values in bulk inserts (maps, lists, strings, numbers, booleans, null). */
final class JsonText {
    private JsonText() {
    }

    static String of(Object v) {
        if (v == null) return "null";
        if (v instanceof String s) return string(s);
        if (v instanceof Number || v instanceof Boolean) return v.toString();
        if (v instanceof Map<?, ?> m) {
            return m.entrySet().stream().map(e -> string(String.valueOf(e.getKey())) + ": " + of(e.getValue()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (v instanceof List<?> l) {
            return l.stream().map(JsonText::of).collect(Collectors.joining(", ", "[", "]"));
        }
        return string(v.toString());
    }

    /**
     * JSON and Java string literals escape the same way for everything {@link JavaSource#string}
     * writes, so the one implementation serves both. A null (a {@code toString()} returning null)
     * still fails here rather than becoming the bare JSON {@code null}.
     */
    private static String string(String s) {
        return JavaSource.string(Objects.requireNonNull(s));
    }
}
