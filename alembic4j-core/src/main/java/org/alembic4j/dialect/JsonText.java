package org.alembic4j.dialect;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

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

    private static String string(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
