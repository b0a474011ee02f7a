package org.alembic4j.schema;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Helpers for rendering values as Java source (autogenerate writes revision scripts with them). */
public final class JavaSource {
    private JavaSource() {
    }

    /**
     * A Java string literal, or {@code null}. The dialect's JSON writer uses it too, so the escapes
     * must stay valid JSON as well (no octal or other Java-only escapes).
     */
    public static String string(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
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

    /** {@code List.of("a", "b")}. */
    public static String stringList(List<String> values) {
        return values.stream().map(JavaSource::string).collect(Collectors.joining(", ", "List.of(", ")"));
    }

    /** A Java expression for a simple value: strings, numbers, booleans, null, dates, lists and maps of those. */
    public static String value(Object value) {
        if (value == null) return "null";
        if (value instanceof String s) return string(s);
        if (value instanceof Boolean || value instanceof Integer) return value.toString();
        if (value instanceof Long l) return l + "L";
        if (value instanceof Double d) return d + "d";
        if (value instanceof Float f) return f + "f";
        if (value instanceof java.math.BigDecimal b) return "new java.math.BigDecimal(" + string(b.toPlainString()) + ")";
        if (value instanceof java.math.BigInteger b) return "new java.math.BigInteger(" + string(b.toString()) + ")";
        if (value instanceof java.time.LocalDate d) return "java.time.LocalDate.parse(" + string(d.toString()) + ")";
        if (value instanceof java.time.LocalDateTime d) return "java.time.LocalDateTime.parse(" + string(d.toString()) + ")";
        if (value instanceof java.time.LocalTime d) return "java.time.LocalTime.parse(" + string(d.toString()) + ")";
        if (value instanceof java.time.OffsetDateTime d) return "java.time.OffsetDateTime.parse(" + string(d.toString()) + ")";
        if (value instanceof java.util.UUID u) return "java.util.UUID.fromString(" + string(u.toString()) + ")";
        if (value instanceof byte[] bytes) {
            StringBuilder sb = new StringBuilder("new byte[] {");
            for (int i = 0; i < bytes.length; i++) {
                sb.append(i == 0 ? "" : ", ").append(bytes[i]);
            }
            return sb.append('}').toString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(JavaSource::value).collect(Collectors.joining(", ", "java.util.Arrays.asList(", ")"));
        }
        if (value instanceof Map<?, ?> map) {
            return map.entrySet().stream()
                    .map(e -> value(e.getKey()) + ", " + value(e.getValue()))
                    .collect(Collectors.joining(", ", "row(", ")"));
        }
        if (value instanceof org.alembic4j.schema.SqlExpression e) return e.toJava();
        throw new IllegalArgumentException("Cannot render a " + value.getClass().getName() + " as Java source");
    }
}
