package org.alembic4j.dialect.mysql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.alembic4j.AlembicException;
import org.alembic4j.dialect.DdlCompiler;
import org.alembic4j.schema.CheckConstraint;
import org.alembic4j.schema.Column;
import org.alembic4j.schema.ColumnAlteration;
import org.alembic4j.schema.ColumnRef;
import org.alembic4j.schema.ConstraintType;
import org.alembic4j.schema.DateTimeType;
import org.alembic4j.schema.ForeignKeyConstraint;
import org.alembic4j.schema.Index;
import org.alembic4j.schema.SqlExpression;
import org.alembic4j.schema.SqlType;
import org.alembic4j.schema.Table;
import org.alembic4j.schema.TextClause;
import org.alembic4j.schema.TimestampType;

/**
 * MySQL/MariaDB DDL. Column specs read {@code name TYPE [NOT NULL] [COMMENT '...']
 * [AUTO_INCREMENT | DEFAULT x]}; alter_column restates the whole column with MODIFY or CHANGE,
 * which is why it needs the existing type.
 */
final class MysqlDdlCompiler extends DdlCompiler {

    static final String NEEDS_TYPE = "All MySQL CHANGE/MODIFY COLUMN operations require the existing type.";
    private static final Pattern FSP_FUNCTION = Pattern.compile("(?i)^\\s*(now|current_timestamp)\\(\\d+\\).*");

    private final MysqlDialect mysql;

    MysqlDdlCompiler(MysqlDialect dialect) {
        super(dialect);
        this.mysql = dialect;
    }

    private String prefix() {
        return mysql.flavor().name() + "_";
    }

    @Override public String columnSpec(Table table, Column c) {
        boolean autoincrement = table.autoincrementColumn().filter(a -> a == c).isPresent();
        StringBuilder sb = new StringBuilder(q(c.name())).append(' ').append(types().render(c.type()));
        if (c.computed() != null) {
            sb.append(' ').append(computed(c.computed()));
        }
        if (!table.isNullable(c)) {
            sb.append(" NOT NULL");
        } else if (c.type() instanceof TimestampType) {
            sb.append(" NULL"); // without it MySQL makes a TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP
        }
        if (c.comment() != null) {
            sb.append(" COMMENT ").append(literal(c.comment()));
        }
        if (autoincrement && (c.serverDefault() == null || c.identity() != null)) {
            sb.append(" AUTO_INCREMENT");
        } else if (c.serverDefault() != null) {
            sb.append(" DEFAULT ").append(columnDefault(c.serverDefault()));
        }
        for (CheckConstraint ck : c.checks()) {
            sb.append(' ').append(constraint(table.schema(), ck));
        }
        return sb.toString();
    }

    @Override protected boolean parenthesizeExpressionDefaults() { return true; }

    @Override protected boolean isExemptFromParentheses(String defaultSql) {
        return FSP_FUNCTION.matcher(defaultSql).matches() || defaultSql.toUpperCase(Locale.ROOT).matches(".*ON +UPDATE.*");
    }

    /** {@code )ENGINE=InnoDB CHARSET=utf8mb4 COLLATE utf8mb4_unicode_ci COMMENT='...'}, options in given order. */
    @Override protected String tableOptions(Table table) {
        Map<String, String> opts = new LinkedHashMap<>();
        table.dialectOptions().forEach((k, v) -> {
            if (k.startsWith(prefix())) {
                opts.put(k.substring(prefix().length()).toUpperCase(Locale.ROOT), v);
            }
        });
        if (table.comment() != null) {
            opts.put("COMMENT", table.comment());
        }
        List<String> parts = new ArrayList<>();
        opts.forEach((key, value) -> {
            String k = key.replace('_', ' ');
            String v = key.equals("COMMENT") || key.equals("CONNECTION") || key.equals("PASSWORD") ? literal(value) : value;
            boolean spaceJoined = k.equals("TABLESPACE") || k.equals("DEFAULT CHARACTER SET") || k.equals("CHARACTER SET")
                    || k.equals("COLLATE");
            parts.add(k + (spaceJoined ? " " : "=") + v);
        });
        return String.join(" ", parts);
    }

    /** MySQL qualifies the new name too: {@code RENAME TO other.customer_account}. */
    @Override public String renameTable(String schema, String oldName, String newName) {
        return "ALTER TABLE " + table(schema, oldName) + " RENAME TO " + table(schema, newName);
    }

    @Override public String createIndex(String schema, String tableName, Index index, boolean ifNotExists) {
        requireName(index, tableName);
        Object length = index.optionFor(mysql.flavor().name(), "length");
        List<String> parts = new ArrayList<>();
        for (SqlExpression e : index.elements()) {
            if (e instanceof ColumnRef c) {
                Object len = length instanceof Map<?, ?> m ? m.get(c.name()) : length;
                parts.add(q(c.name()) + (len == null ? "" : "(" + len + ")"));
            } else if (e instanceof TextClause t) {
                parts.add(t.sql());
            } else {
                parts.add("(" + sql().expression(e) + ")"); // functional key parts need their own parentheses
            }
        }
        return "CREATE " + (index.isUnique() ? "UNIQUE " : "") + "INDEX " + (ifNotExists ? "IF NOT EXISTS " : "")
                + q(index.name()) + " ON " + table(schema, tableName) + " (" + String.join(", ", parts) + ")";
    }

    /** MySQL needs the table; without one Alembic writes the placeholder {@code no_table}. */
    @Override public String dropIndex(String schema, String tableName, String name, boolean ifExists, Map<String, Object> options) {
        return "DROP INDEX " + (ifExists ? "IF EXISTS " : "") + q(name) + " ON "
                + (tableName == null ? "no_table" : table(schema, tableName));
    }

    @Override protected String references(String tableSchema, ForeignKeyConstraint fk) {
        if (fk.match() != null) {
            throw new AlembicException("MySQL ignores the 'MATCH' keyword while at the same time causes ON UPDATE/ON "
                    + "DELETE clauses to be ignored.");
        }
        return super.references(tableSchema, fk);
    }

    /** MySQL has no generic DROP CONSTRAINT: the type picks the syntax. IF EXISTS is not rendered. */
    @Override public String dropConstraint(String schema, String tableName, String name, ConstraintType type, boolean ifExists) {
        String t = "ALTER TABLE " + table(schema, tableName) + " DROP ";
        if (type == null) {
            throw new AlembicException("No generic 'DROP CONSTRAINT' in MySQL - please specify constraint type");
        }
        return switch (type) {
            case FOREIGN_KEY -> t + "FOREIGN KEY " + q(name);
            case UNIQUE -> t + "INDEX " + q(name);
            case CHECK -> t + mysql.flavor().dropCheckKeyword() + " " + q(name);
            case PRIMARY -> t + "PRIMARY KEY";
            case EXCLUDE -> throw new AlembicException("EXCLUDE constraints are PostgreSQL only");
        };
    }

    @Override public String tableComment(String schema, String tableName, String comment) {
        return "ALTER TABLE " + table(schema, tableName) + " COMMENT " + literal(comment == null ? "" : comment);
    }

    @Override public String columnComment(String schema, String tableName, String column, String comment) {
        throw new AlembicException("On " + dialect.name() + " a column comment is part of the column: use alter_column with "
                + "comment= and existing_type=");
    }

    /**
     * One statement restating the column: CHANGE when renaming (or when a DATETIME gets a
     * function default), MODIFY for type, nullability, autoincrement or comment, and ALTER COLUMN
     * SET/DROP DEFAULT when only the default changes.
     */
    @Override public List<String> alterColumn(ColumnAlteration a) {
        String t = "ALTER TABLE " + table(a.schema(), a.table()) + " ";
        SqlType type = a.effectiveType();
        boolean functionalDefault = type != null && (type instanceof DateTimeType || type instanceof TimestampType)
                && a.serverDefault().changed() && a.serverDefault().value() != null;
        if (a.newName() != null || functionalDefault) {
            return List.of(t + "CHANGE " + q(a.column()) + " " + q(a.newName() == null ? a.column() : a.newName()) + " " + spec(a));
        }
        if (a.nullable() != null || a.type() != null || a.autoincrement() != null || a.comment().changed()) {
            return List.of(t + "MODIFY " + q(a.column()) + " " + spec(a));
        }
        if (a.serverDefault().changed()) {
            return List.of(t + "ALTER COLUMN " + q(a.column()) + " " + setDefault(a.serverDefault().value()));
        }
        return List.of();
    }

    private String spec(ColumnAlteration a) {
        SqlType type = a.effectiveType();
        if (type == null) {
            throw new AlembicException(NEEDS_TYPE);
        }
        boolean nullable = a.nullable() != null ? a.nullable() : a.existingNullable() == null || a.existingNullable();
        StringBuilder sb = new StringBuilder(types().render(type)).append(nullable ? " NULL" : " NOT NULL");
        Boolean autoincrement = a.autoincrement() != null ? a.autoincrement() : a.existingAutoincrement();
        if (Boolean.TRUE.equals(autoincrement)) {
            sb.append(" AUTO_INCREMENT");
        }
        SqlExpression def = a.serverDefault().orElse(a.existingServerDefault());
        if (def != null) {
            sb.append(" DEFAULT ").append(sql().serverDefault(def));
        }
        String comment = a.comment().orElse(a.existingComment());
        if (comment != null) {
            sb.append(" COMMENT ").append(literal(comment));
        }
        return sb.toString();
    }
}
