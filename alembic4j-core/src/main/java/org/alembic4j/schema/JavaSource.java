package org.alembic4j.schema;

import java.util.List;
import java.util.Map;

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
        StringBuilder sb = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
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

    /**
     * {@code List.of("a", "b")}. Loops rather than streams here and below: autogenerate renders
     * these thousands of times for a large schema, mostly before the JIT has compiled anything,
     * and an interpreted stream pipeline costs several times the loop.
     */
    public static String stringList(List<String> values) {
        return appendStrings(new StringBuilder("List.of("), values).append(')').toString();
    }

    /** Appends {@code "a", "b"}: the values as string literals, comma-separated. */
    public static StringBuilder appendStrings(StringBuilder sb, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(string(values.get(i)));
        }
        return sb;
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
            StringBuilder sb = new StringBuilder("java.util.Arrays.asList(");
            String separator = "";
            for (Object element : list) {
                sb.append(separator).append(value(element));
                separator = ", ";
            }
            return sb.append(')').toString();
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder sb = new StringBuilder("row(");
            String separator = "";
            for (Map.Entry<?, ?> e : map.entrySet()) {
                sb.append(separator).append(value(e.getKey())).append(", ").append(value(e.getValue()));
                separator = ", ";
            }
            return sb.append(')').toString();
        }
        if (value instanceof org.alembic4j.schema.SqlExpression e) return e.toJava();
        throw new IllegalArgumentException("Cannot render a " + value.getClass().getName() + " as Java source");
    }
}
