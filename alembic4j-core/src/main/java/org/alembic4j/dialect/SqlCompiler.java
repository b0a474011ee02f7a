package org.alembic4j.dialect;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.alembic4j.AlembicException;
import org.alembic4j.schema.BinaryExpression;
import org.alembic4j.schema.ColumnRef;
import org.alembic4j.schema.Column;
import org.alembic4j.schema.Conjunction;
import org.alembic4j.schema.DataStatement;
import org.alembic4j.schema.DateType;
import org.alembic4j.schema.Delete;
import org.alembic4j.schema.FunctionCall;
import org.alembic4j.schema.InList;
import org.alembic4j.schema.Insert;
import org.alembic4j.schema.IntegerType;
import org.alembic4j.schema.IsNull;
import org.alembic4j.schema.Literal;
import org.alembic4j.schema.NumericType;
import org.alembic4j.schema.SqlExpression;
import org.alembic4j.schema.SqlType;
import org.alembic4j.schema.Table;
import org.alembic4j.schema.TextClause;
import org.alembic4j.schema.Update;

/**
 * Literals, expressions and data statements with every value inline, in SQLAlchemy's layout:
 * {@code UPDATE account SET qty=(account.qty + 1) WHERE account.id = 10}. Dialects override the
 * literal forms they write differently (booleans, temporal values, binary).
 */
public class SqlCompiler {

    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final DateTimeFormatter MICROS = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSS");

    protected final Dialect dialect;

    public SqlCompiler(Dialect dialect) {
        this.dialect = dialect;
    }

    // ---- names ---------------------------------------------------------------------------------

    public String quote(String name) {
        return dialect.quoteIdentifier(name);
    }

    /** {@code schema.name}, each part quoted as needed. */
    public String qualified(String schema, String name) {
        return schema == null ? quote(name) : quote(schema) + "." + quote(name);
    }

    // ---- literals ------------------------------------------------------------------------------

    /** {@code value} as an inline literal; {@code type} (may be null) converts it first, e.g. "42" as INTEGER. */
    public String literal(Object value, SqlType type) {
        Object v = convert(value, type);
        if (v == null) return "NULL";
        if (v instanceof String s) return dialect.stringLiteral(s);
        if (v instanceof Boolean b) return booleanLiteral(b);
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte
                || v instanceof BigInteger) return v.toString();
        if (v instanceof BigDecimal d) return d.toPlainString();
        if (v instanceof Double || v instanceof Float) return floatLiteral(((Number) v).doubleValue());
        if (v instanceof LocalDate d) return dialect.stringLiteral(d.toString());
        if (v instanceof LocalDateTime d) return dialect.stringLiteral(d.toLocalDate() + " " + time(d.toLocalTime()));
        if (v instanceof OffsetDateTime d) {
            return dialect.stringLiteral(d.toLocalDate() + " " + time(d.toLocalTime()) + d.getOffset().getId().replace("Z", "+00:00"));
        }
        if (v instanceof LocalTime t) return dialect.stringLiteral(time(t));
        if (v instanceof UUID u) return dialect.stringLiteral(u.toString());
        if (v instanceof byte[] bytes) return binaryLiteral(bytes);
        if (v instanceof Enum<?> e) return dialect.stringLiteral(e.name());
        if (v instanceof Map<?, ?> || v instanceof List<?>) return dialect.stringLiteral(JsonText.of(v));
        throw new AlembicException("No SQL literal for a value of " + v.getClass().getName() + ": " + v);
    }

    private static Object convert(Object value, SqlType type) {
        if (!(value instanceof String s) || type == null) {
            return value;
        }
        try {
            if (type instanceof IntegerType) return new BigInteger(s.trim());
            if (type instanceof NumericType) return new BigDecimal(s.trim());
            if (type instanceof DateType) return LocalDate.parse(s.trim());
        } catch (RuntimeException e) {
            throw new AlembicException("Cannot render '" + s + "' as a literal of type " + type.toJava(), e);
        }
        return value;
    }

    protected String booleanLiteral(boolean value) {
        return value ? "true" : "false";
    }

    /** Python's repr for ordinary floats (0.25, -0.0015); plain digits instead of exponents. */
    protected String floatLiteral(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            throw new AlembicException("No SQL literal for the float " + value);
        }
        String s = Double.toString(value);
        return s.contains("E") ? BigDecimal.valueOf(value).toPlainString() : s;
    }

    /** Times with seconds, and microseconds only when there are some (SQLite overrides: always). */
    protected String time(LocalTime t) {
        return t.getNano() == 0 ? t.format(SECONDS) : t.format(MICROS);
    }

    /** A hexadecimal blob literal {@code X'0001'} (PostgreSQL overrides with bytea's escape form). */
    protected String binaryLiteral(byte[] bytes) {
        return "X'" + HexFormat.of().withUpperCase().formatHex(bytes) + "'";
    }

    // ---- expressions ---------------------------------------------------------------------------

    /** The expression with literals inline; columns bound to a table are written qualified. */
    public String expression(SqlExpression e) {
        return expression(e, 0);
    }

    private String expression(SqlExpression e, int parentPrecedence) {
        if (e instanceof TextClause t) return t.sql();
        if (e instanceof Literal l) return literal(l.value(), l.type());
        if (e instanceof ColumnRef c) {
            return c.table() == null ? quote(c.name()) : qualified(c.schema(), c.table()) + "." + quote(c.name());
        }
        if (e instanceof FunctionCall f) return function(f);
        if (e instanceof IsNull n) return expression(n.expression(), 6) + (n.negated() ? " IS NOT NULL" : " IS NULL");
        if (e instanceof InList in) {
            return group(expression(in.expression(), 6) + (in.negated() ? " NOT IN (" : " IN (")
                    + in.values().stream().map(this::expression).collect(Collectors.joining(", ")) + ")", 5, parentPrecedence);
        }
        if (e instanceof BinaryExpression b) {
            int p = b.precedence();
            String text = expression(b.left(), p) + " " + b.operator() + " " + expression(b.right(), p + 1);
            return group(text, p, parentPrecedence);
        }
        if (e instanceof Conjunction c) {
            int p = c.precedence();
            String text = c.items().stream().map(i -> expression(i, p)).collect(Collectors.joining(" " + c.operator() + " "));
            return group(text, p, parentPrecedence);
        }
        throw new IllegalStateException("Unknown expression " + e);
    }

    private static String group(String text, int precedence, int parentPrecedence) {
        return precedence < parentPrecedence ? "(" + text + ")" : text;
    }

    /** A function call; dialects rewrite the functions they spell differently. */
    protected String function(FunctionCall f) {
        if (f.name().equalsIgnoreCase("current_timestamp") && f.arguments().isEmpty()) {
            return "CURRENT_TIMESTAMP";
        }
        return f.name() + "(" + f.arguments().stream().map(this::expression).collect(Collectors.joining(", ")) + ")";
    }

    /** A server default as SQL: a string literal quoted, anything else as an expression. */
    public String serverDefault(SqlExpression e) {
        return expression(e);
    }

    // ---- data statements -----------------------------------------------------------------------

    public String statement(DataStatement s) {
        if (s instanceof Insert i) return insert(i.table(), i.values());
        if (s instanceof Update u) return update(u);
        if (s instanceof Delete d) {
            return "DELETE FROM " + qualified(d.table().schema(), d.table().name())
                    + (d.where() == null ? "" : " WHERE " + expression(d.where()));
        }
        throw new IllegalStateException("Unknown statement " + s);
    }

    /** {@code INSERT INTO t (a, b) VALUES (...)} listing the given keys in the table's column order. */
    public String insert(Table table, Map<String, ?> row) {
        for (String key : row.keySet()) {
            table.c(key);
        }
        List<Column> cols = table.columns().stream().filter(c -> row.containsKey(c.name())).toList();
        return "INSERT INTO " + qualified(table.schema(), table.name()) + " ("
                + cols.stream().map(c -> quote(c.name())).collect(Collectors.joining(", ")) + ") VALUES ("
                + cols.stream().map(c -> value(row.get(c.name()), c.type())).collect(Collectors.joining(", ")) + ")";
    }

    private String update(Update u) {
        Table table = u.table();
        List<Column> cols = table.columns().stream().filter(c -> u.values().containsKey(c.name())).toList();
        if (cols.isEmpty()) {
            throw new AlembicException("UPDATE of table '" + table.name() + "' sets no column");
        }
        return "UPDATE " + qualified(table.schema(), table.name()) + " SET "
                + cols.stream().map(c -> quote(c.name()) + "=" + setValue(u.values().get(c.name()), c.type()))
                        .collect(Collectors.joining(", "))
                + (u.where() == null ? "" : " WHERE " + expression(u.where()));
    }

    private String setValue(Object v, SqlType type) {
        if (v instanceof BinaryExpression || v instanceof Conjunction) {
            return "(" + expression((SqlExpression) v) + ")";
        }
        return value(v, type);
    }

    private String value(Object v, SqlType type) {
        if (v instanceof SqlExpression e) {
            return e instanceof Literal l && l.type() == null ? literal(l.value(), type) : expression(e);
        }
        return literal(v, type);
    }

    // ---- explicit bind parameters --------------------------------------------------------------

    /**
     * Replaces {@code :name} parameters with literals. Text inside quotes and {@code ::} casts are
     * left alone, so only the parameters the caller meant are touched; a parameter without a value
     * is an error rather than a silent NULL.
     */
    public String bindParameters(String sql, Map<String, ?> parameters) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"' || c == '`') {
                int end = sql.indexOf(c, i + 1);
                while (end >= 0 && end + 1 < sql.length() && sql.charAt(end + 1) == c) {
                    end = sql.indexOf(c, end + 2);
                }
                end = end < 0 ? sql.length() - 1 : end;
                out.append(sql, i, end + 1);
                i = end + 1;
            } else if (c == ':' && i + 1 < sql.length() && sql.charAt(i + 1) == ':') {
                out.append("::");
                i += 2;
            } else if (c == ':' && i + 1 < sql.length() && Character.isJavaIdentifierStart(sql.charAt(i + 1))
                    && (i == 0 || !Character.isLetterOrDigit(sql.charAt(i - 1)))) {
                int end = i + 1;
                while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
                    end++;
                }
                String name = sql.substring(i + 1, end);
                if (!parameters.containsKey(name)) {
                    throw new AlembicException("A value is required for bind parameter '" + name + "'");
                }
                out.append(value(parameters.get(name), null));
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
