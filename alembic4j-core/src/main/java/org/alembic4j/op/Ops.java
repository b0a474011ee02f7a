package org.alembic4j.op;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alembic4j.AlembicException;
import org.alembic4j.schema.ArrayType;
import org.alembic4j.schema.BinaryType;
import org.alembic4j.schema.BooleanType;
import org.alembic4j.schema.CharType;
import org.alembic4j.schema.CheckConstraint;
import org.alembic4j.schema.Column;
import org.alembic4j.schema.ColumnRef;
import org.alembic4j.schema.DateTimeType;
import org.alembic4j.schema.DateType;
import org.alembic4j.schema.Delete;
import org.alembic4j.schema.DialectType;
import org.alembic4j.schema.EnumType;
import org.alembic4j.schema.ExcludeConstraint;
import org.alembic4j.schema.FloatType;
import org.alembic4j.schema.ForeignKey;
import org.alembic4j.schema.ForeignKeyConstraint;
import org.alembic4j.schema.FunctionCall;
import org.alembic4j.schema.Identity;
import org.alembic4j.schema.Index;
import org.alembic4j.schema.Insert;
import org.alembic4j.schema.IntegerType;
import org.alembic4j.schema.IntervalType;
import org.alembic4j.schema.JsonType;
import org.alembic4j.schema.Literal;
import org.alembic4j.schema.NumericType;
import org.alembic4j.schema.PrimaryKeyConstraint;
import org.alembic4j.schema.Sequence;
import org.alembic4j.schema.SqlExpression;
import org.alembic4j.schema.SqlType;
import org.alembic4j.schema.Table;
import org.alembic4j.schema.TableElement;
import org.alembic4j.schema.TextClause;
import org.alembic4j.schema.TextType;
import org.alembic4j.schema.TimeType;
import org.alembic4j.schema.TimestampType;
import org.alembic4j.schema.UniqueConstraint;
import org.alembic4j.schema.Update;
import org.alembic4j.schema.UuidType;
import org.alembic4j.schema.VarcharType;

/**
 * Everything a revision script builds operations from, for {@code import static org.alembic4j.op.Ops.*;}:
 * types, columns, constraints, indexes, defaults, expressions and data statements. The names
 * follow SQLAlchemy's ({@code String(50)} is {@code string(50)}, {@code sa.text("now()")} is
 * {@code text("now()")}, {@code sa.ForeignKey("author.id")} is {@code foreignKey("author.id")}).
 */
public final class Ops {
    private Ops() {
    }

    // ---- types ---------------------------------------------------------------------------------

    public static final SqlType INTEGER = new IntegerType(IntegerType.Size.REGULAR);
    public static final SqlType BIGINT = new IntegerType(IntegerType.Size.BIG);
    public static final SqlType SMALLINT = new IntegerType(IntegerType.Size.SMALL);
    public static final SqlType TEXT = new TextType();
    public static final BooleanType BOOLEAN = new BooleanType(false, null);
    public static final SqlType DATE = new DateType();
    public static final SqlType TIME = new TimeType(false);
    /** Date and time without time zone: SQLAlchemy's DateTime. */
    public static final SqlType DATETIME = new DateTimeType(false);
    public static final SqlType NUMERIC = new NumericType(null, null, false);
    public static final SqlType FLOAT = new FloatType(null);
    /** Bytes: SQLAlchemy's LargeBinary. */
    public static final SqlType BINARY = new BinaryType(null);
    public static final SqlType JSON = new JsonType();
    public static final SqlType UUID = new UuidType();
    public static final SqlType INTERVAL = new IntervalType();

    /** {@code VARCHAR(length)}: SQLAlchemy's String(length) and Unicode(length). */
    public static SqlType string(int length) { return new VarcharType(length); }
    /** {@code VARCHAR} without a length (PostgreSQL, SQLite, H2; MySQL refuses it). */
    public static SqlType string() { return new VarcharType(null); }
    public static SqlType character(int length) { return new CharType(length); }
    public static SqlType character() { return new CharType(null); }
    public static SqlType numeric(int precision, int scale) { return new NumericType(precision, scale, false); }
    public static SqlType numeric(int precision) { return new NumericType(precision, null, false); }
    /** {@code DECIMAL(p, s)} written with the DECIMAL keyword. */
    public static SqlType decimal(int precision, int scale) { return new NumericType(precision, scale, true); }
    public static SqlType decimal() { return new NumericType(null, null, true); }
    public static SqlType floatType(int precision) { return new FloatType(precision); }
    public static SqlType binary(int length) { return new BinaryType(length); }
    public static SqlType dateTime(boolean timezone) { return new DateTimeType(timezone); }
    public static SqlType time(boolean timezone) { return new TimeType(timezone); }
    /** SQL's TIMESTAMP by name (SQLAlchemy's TIMESTAMP type). */
    public static SqlType timestamp(boolean timezone) { return new TimestampType(timezone); }
    /** A native enum named {@code name}; see {@link EnumType#nonNative()} and {@link EnumType#withConstraint()}. */
    public static EnumType enumType(String name, String... values) { return new EnumType(name, List.of(values), true, false, null); }
    public static SqlType array(SqlType element) { return new ArrayType(element); }
    /** A type written verbatim on every dialect, e.g. {@code sqlType("UUID")}. */
    public static SqlType sqlType(String sql) { return new DialectType(sql, Set.of()); }
    /** A type only the named dialects have, e.g. {@code dialectType("JSONB", "postgresql")}. */
    public static SqlType dialectType(String sql, String... dialects) { return new DialectType(sql, Set.of(dialects)); }

    // ---- tables, columns, constraints, indexes -------------------------------------------------

    public static Column column(String name, SqlType type) { return Column.of(name, type); }

    /** A table definition: for createTable, batch mode's copyFrom, bulkInsert and data statements. */
    public static Table table(String name, TableElement... elements) { return Table.of(name, elements); }

    public static ForeignKey foreignKey(String target) { return new ForeignKey(target, null, null, null, null, null, null); }

    public static PrimaryKeyConstraint primaryKeyConstraint(String... columns) { return new PrimaryKeyConstraint(null, List.of(columns)); }

    public static UniqueConstraint uniqueConstraint(String... columns) { return new UniqueConstraint(null, List.of(columns), null, null); }

    public static CheckConstraint checkConstraint(String condition) { return new CheckConstraint(null, new TextClause(condition)); }

    public static CheckConstraint checkConstraint(SqlExpression condition) { return new CheckConstraint(null, condition); }

    /** Local columns and referred {@code "table.column"} (or {@code "schema.table.column"}) targets, as in SQLAlchemy. */
    public static ForeignKeyConstraint foreignKeyConstraint(List<String> columns, List<String> referredColumns) {
        if (referredColumns.isEmpty()) {
            throw new AlembicException("A foreign key needs referred columns");
        }
        ForeignKeyConstraint first = foreignKey(referredColumns.get(0)).toConstraint(columns.get(0));
        List<String> refCols = referredColumns.stream().map(r -> r.substring(r.lastIndexOf('.') + 1)).toList();
        return new ForeignKeyConstraint(null, columns, first.referredSchema(), first.referredTable(), refCols,
                null, null, null, null, null);
    }

    /** An index of a table definition; elements are column names or expressions. */
    public static Index index(String name, Object... elements) {
        List<SqlExpression> parts = new ArrayList<>(elements.length);
        for (Object e : elements) {
            parts.add(OperationFactory.indexElement(e));
        }
        return new Index(name, parts, false, Map.of());
    }

    public static ExcludeConstraint.Element excludeElement(String expression, String operator) {
        return new ExcludeConstraint.Element(expression, operator);
    }

    public static Identity identity() { return new Identity(false, null, null); }

    public static Identity identityAlways() { return new Identity(true, null, null); }

    public static Sequence sequence(String name) { return new Sequence(null, name, null, null, null, null, null, false); }

    // ---- defaults and expressions --------------------------------------------------------------

    /** SQL written verbatim (SQLAlchemy's {@code text()}): defaults, index expressions, conditions. */
    public static TextClause text(String sql) { return new TextClause(sql); }

    /** {@code now()} ({@code CURRENT_TIMESTAMP} on SQLite and H2). */
    public static SqlExpression now() { return new FunctionCall("now", List.of()); }

    public static SqlExpression currentTimestamp() { return new FunctionCall("current_timestamp", List.of()); }

    /** A function call; plain arguments become literals: {@code func("lower", "ABC")} is {@code lower('ABC')}. */
    public static SqlExpression func(String name, Object... arguments) {
        return new FunctionCall(name, Arrays.stream(arguments).map(SqlExpression::of).toList());
    }

    /** The boolean literals ({@code sa.true()}, {@code sa.false()}): {@code true}/{@code false}, or 1/0 on SQLite. */
    public static final SqlExpression TRUE = new Literal(Boolean.TRUE, null);
    public static final SqlExpression FALSE = new Literal(Boolean.FALSE, null);

    /** An unqualified column for conditions: {@code col("qty").ge(0)}. */
    public static ColumnRef col(String name) { return new ColumnRef(null, null, name); }

    /** A table-qualified column: {@code account.qty}. */
    public static ColumnRef col(String table, String name) { return new ColumnRef(null, table, name); }

    /** Alembic's {@code inline_literal}: the value rendered as a SQL literal. */
    public static Literal inlineLiteral(Object value) { return new Literal(value, null); }

    /** The value converted to {@code type} first: {@code inlineLiteral("42", INTEGER)} is {@code 42}. */
    public static Literal inlineLiteral(Object value, SqlType type) { return new Literal(value, type); }

    // ---- data statements -----------------------------------------------------------------------

    public static Insert insert(Table table) { return new Insert(table, Map.of()); }

    public static Update update(Table table) { return new Update(table, Map.of(), null); }

    public static Delete delete(Table table) { return new Delete(table, null); }

    /** A row for bulkInsert: {@code row("id", 1, "name", "open", "rank", null)} (keeps order, allows null). */
    public static Map<String, Object> row(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new AlembicException("row(...) takes column/value pairs");
        }
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            row.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return row;
    }
}
