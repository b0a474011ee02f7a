package org.alembic4j.schema;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A type written in a database's own SQL, e.g. PostgreSQL's {@code JSONB}. With no dialects
 * listed it is written verbatim on every dialect; otherwise rendering it for any other dialect is
 * an error raised before any SQL runs.
 */
public record DialectType(String sql, Set<String> dialects) implements SqlType {

    public DialectType {
        dialects = Set.copyOf(dialects);
    }

    /** True when this type may be written on the named dialect. */
    public boolean availableOn(String dialectName) {
        return dialects.isEmpty() || dialects.contains(dialectName);
    }

    @Override public <R> R accept(TypeVisitor<R> visitor) { return visitor.visitDialectType(this); }

    /** Guessed with SQLite's affinity rules, which are a fair rule of thumb for any SQL type name. */
    @Override public TypeFamily family() {
        String upper = sql.toUpperCase(java.util.Locale.ROOT);
        if (upper.contains("INT")) return TypeFamily.INTEGER;
        if (upper.contains("CHAR") || upper.contains("CLOB") || upper.contains("TEXT")) return TypeFamily.STRING;
        if (upper.contains("BLOB") || upper.contains("BYTEA") || upper.contains("BINARY")) return TypeFamily.BINARY;
        if (upper.contains("BOOL")) return TypeFamily.BOOLEAN;
        if (upper.contains("TIMESTAMP") || upper.contains("DATETIME")) return TypeFamily.DATETIME;
        if (upper.startsWith("DATE")) return TypeFamily.DATE;
        if (upper.startsWith("TIME")) return TypeFamily.TIME;
        if (upper.contains("REAL") || upper.contains("FLOA") || upper.contains("DOUB")
                || upper.contains("NUM") || upper.contains("DEC")) return TypeFamily.NUMERIC;
        if (upper.contains("JSON")) return TypeFamily.JSON;
        if (upper.contains("UUID")) return TypeFamily.UUID;
        return TypeFamily.OTHER;
    }

    @Override public String toJava() {
        if (dialects.isEmpty()) {
            return "sqlType(" + JavaSource.string(sql) + ")";
        }
        return "dialectType(" + JavaSource.string(sql)
                + new TreeSet<>(dialects).stream().map(JavaSource::string).collect(Collectors.joining(", ", ", ", ")"));
    }
}
