package org.alembic4j.dialect.postgresql;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.alembic4j.dialect.DdlCompiler;
import org.alembic4j.dialect.Dialect;
import org.alembic4j.schema.Column;
import org.alembic4j.schema.ColumnAlteration;
import org.alembic4j.schema.Computed;
import org.alembic4j.schema.EnumType;
import org.alembic4j.schema.ExcludeConstraint;
import org.alembic4j.schema.Index;
import org.alembic4j.schema.IntegerType;
import org.alembic4j.schema.SqlExpression;
import org.alembic4j.schema.Table;
import org.alembic4j.schema.TextClause;

/** PostgreSQL DDL: SERIAL, CREATE TYPE, index options, one ALTER per changed aspect. */
final class PostgresqlDdlCompiler extends DdlCompiler {

    private static final Pattern SIMPLE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");

    PostgresqlDdlCompiler(Dialect dialect) {
        super(dialect);
    }

    /** The autoincrement column is SERIAL unless it has an identity or its own sequence. */
    @Override protected String columnType(Table table, Column c, boolean autoincrement) {
        if (autoincrement && c.identity() == null && c.sequence() == null && c.type() instanceof IntegerType it) {
            return switch (it.size()) { case SMALL -> "SMALLSERIAL"; case REGULAR -> "SERIAL"; case BIG -> "BIGSERIAL"; };
        }
        return super.columnType(table, c, autoincrement);
    }

    /**
     * Deliberately {@code STORED} when persistence is not given: PostgreSQL 12 to 17 only have stored
     * generated columns (Alembic 1.20 offline leaves it out, assuming PostgreSQL 18).
     */
    @Override protected String computed(Computed computed) {
        return "GENERATED ALWAYS AS (" + computed.expression() + ")"
                + (Boolean.FALSE.equals(computed.persisted()) ? " VIRTUAL" : " STORED");
    }

    /** A new SERIAL starts at 1: move its sequence past the copied keys. */
    @Override public java.util.Optional<String> resetAutoincrement(String schema, String tableName, String column) {
        String t = table(schema, tableName);
        return java.util.Optional.of("SELECT setval(pg_get_serial_sequence(" + literal(t) + ", " + literal(column) + "), coalesce(max("
                + q(column) + "), 0) + 1, false) FROM " + t);
    }

    @Override public List<String> createEnumType(EnumType e) {
        return List.of("CREATE TYPE " + q(e.name()) + " AS ENUM ("
                + e.values().stream().map(this::literal).collect(Collectors.joining(", ")) + ")");
    }

    @Override public List<String> dropEnumType(EnumType e) {
        return List.of("DROP TYPE " + q(e.name()));
    }

    @Override public String createIndex(String schema, String tableName, Index index, boolean ifNotExists) {
        requireName(index, tableName);
        StringBuilder sb = new StringBuilder("CREATE ").append(index.isUnique() ? "UNIQUE " : "").append("INDEX ");
        if (Boolean.TRUE.equals(index.optionFor("postgresql", "concurrently"))) sb.append("CONCURRENTLY ");
        if (ifNotExists) sb.append("IF NOT EXISTS ");
        sb.append(q(index.name())).append(" ON ").append(table(schema, tableName)).append(' ');
        Object using = index.optionFor("postgresql", "using");
        if (using != null) sb.append("USING ").append(using).append(' ');
        sb.append('(').append(indexElements(index)).append(')');
        if (index.optionFor("postgresql", "include") instanceof List<?> include) {
            sb.append(" INCLUDE (").append(include.stream().map(c -> q(c.toString())).collect(Collectors.joining(", "))).append(')');
        }
        Object where = index.optionFor("postgresql", "where");
        if (where != null) sb.append(" WHERE ").append(sql().expression(where instanceof SqlExpression e ? e : new TextClause(where.toString())));
        return sb.toString();
    }

    @Override public String dropIndex(String schema, String tableName, String name, boolean ifExists, Map<String, Object> options) {
        boolean concurrently = Boolean.TRUE.equals(options.get("postgresql_concurrently"));
        return "DROP INDEX " + (concurrently ? "CONCURRENTLY " : "") + (ifExists ? "IF EXISTS " : "") + table(schema, name);
    }

    @Override protected String exclude(ExcludeConstraint ex) {
        String elements = ex.elements().stream()
                .map(e -> (SIMPLE_NAME.matcher(e.expression()).matches() ? q(e.expression()) : e.expression()) + " WITH " + e.operator())
                .collect(Collectors.joining(", "));
        return "EXCLUDE USING " + ex.using() + " (" + elements + ")" + (ex.where() == null ? "" : " WHERE (" + ex.where() + ")");
    }

    /** One statement per change: TYPE [USING], NOT NULL, DEFAULT, comment, RENAME. */
    @Override public List<String> alterColumn(ColumnAlteration a) {
        String prefix = "ALTER TABLE " + table(a.schema(), a.table()) + " ";
        String col = "ALTER COLUMN " + q(a.column()) + " ";
        List<String> out = new ArrayList<>();
        if (a.type() != null) {
            out.add(prefix + col + "TYPE " + types().render(a.type())
                    + (a.postgresqlUsing() == null ? "" : " USING " + a.postgresqlUsing()));
        }
        if (a.nullable() != null) {
            out.add(prefix + col + (a.nullable() ? "DROP NOT NULL" : "SET NOT NULL"));
        }
        if (a.serverDefault().changed()) {
            out.add(prefix + col + setDefault(a.serverDefault().value()));
        }
        if (a.comment().changed()) {
            out.add(columnComment(a.schema(), a.table(), a.column(), a.comment().value()));
        }
        if (a.newName() != null) {
            out.add(prefix + "RENAME " + q(a.column()) + " TO " + q(a.newName()));
        }
        return out;
    }
}
