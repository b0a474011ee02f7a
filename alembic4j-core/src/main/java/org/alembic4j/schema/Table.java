package org.alembic4j.schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alembic4j.AlembicException;

/**
 * A table definition, SQLAlchemy's {@code Table}: the argument of {@code createTable}, the
 * {@code copyFrom} of batch mode and the target of {@code bulkInsert} and data statements.
 * Elements keep the order they were given in, which is also the order of the rendered
 * constraints.
 */
public final class Table {

    private final String schema;
    private final String name;
    private final List<TableElement> elements;
    private final String comment;
    private final Map<String, String> dialectOptions;
    /** The columns among the elements, worked out once: comparison and rendering ask for them often. */
    private final List<Column> columns;

    public Table(String schema, String name, List<? extends TableElement> elements, String comment,
            Map<String, String> dialectOptions) {
        this.schema = schema;
        this.name = name;
        this.elements = List.copyOf(elements);
        this.comment = comment;
        this.dialectOptions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(dialectOptions));
        List<Column> found = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (TableElement e : this.elements) {
            if (e instanceof Column c) {
                if (!seen.add(c.name())) {
                    throw new AlembicException("Table '" + name + "' has more than one column named '" + c.name() + "'");
                }
                found.add(c);
            }
        }
        this.columns = List.copyOf(found);
    }

    /** A table with these columns and constraints, in no schema. */
    public static Table of(String name, TableElement... elements) {
        return new Table(null, name, Arrays.asList(elements), null, Map.of());
    }

    public String schema() { return schema; }
    public String name() { return name; }
    public List<TableElement> elements() { return elements; }
    public String comment() { return comment; }
    /** Table options by SQLAlchemy keyword, e.g. {@code mysql_engine}, {@code sqlite_autoincrement}. */
    public Map<String, String> dialectOptions() { return dialectOptions; }

    public Table schema(String value) { return new Table(value, name, elements, comment, dialectOptions); }
    public Table name(String value) { return new Table(schema, value, elements, comment, dialectOptions); }
    public Table comment(String value) { return new Table(schema, name, elements, value, dialectOptions); }
    public Table elements(List<? extends TableElement> value) { return new Table(schema, name, value, comment, dialectOptions); }

    /** A table option by its SQLAlchemy keyword ({@code mysql_engine}, {@code mysql_charset}, ...). */
    public Table option(String key, String value) {
        Map<String, String> copy = new LinkedHashMap<>(dialectOptions);
        copy.put(key, value);
        return new Table(schema, name, elements, comment, copy);
    }

    public Table mysqlEngine(String engine) { return option("mysql_engine", engine); }
    public Table mysqlCharset(String charset) { return option("mysql_charset", charset); }
    public Table mysqlCollate(String collation) { return option("mysql_collate", collation); }
    /** SQLite's {@code PRIMARY KEY AUTOINCREMENT} on the integer primary key. */
    public Table sqliteAutoincrement() { return option("sqlite_autoincrement", "true"); }

    // ---- derived structure ---------------------------------------------------------------------

    public List<Column> columns() {
        return columns;
    }

    public Optional<Column> column(String columnName) {
        for (Column c : columns) {
            if (c.name().equals(columnName)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** A column of this table for data statements: renders qualified, {@code account.qty}. */
    public ColumnRef c(String columnName) {
        if (column(columnName).isEmpty()) {
            throw new AlembicException("Table '" + name + "' has no column '" + columnName + "'");
        }
        return new ColumnRef(schema, name, columnName);
    }

    /** The primary key: an explicit constraint, or the columns flagged {@code primaryKey()}. */
    public Optional<PrimaryKeyConstraint> primaryKey() {
        // Loops rather than streams here and above: called for every table compared or rendered.
        for (TableElement e : elements) {
            if (e instanceof PrimaryKeyConstraint explicit) {
                return Optional.of(explicit);
            }
        }
        List<String> pk = new ArrayList<>();
        for (Column c : columns) {
            if (c.isPrimaryKey()) {
                pk.add(c.name());
            }
        }
        return pk.isEmpty() ? Optional.empty() : Optional.of(new PrimaryKeyConstraint(null, pk));
    }

    /** Whether the column accepts NULL here: primary key columns default to NOT NULL. */
    public boolean isNullable(Column c) {
        if (c.declaredNullable() != null) {
            return c.declaredNullable();
        }
        Optional<PrimaryKeyConstraint> pk = primaryKey();
        return pk.isEmpty() || !pk.get().columns().contains(c.name());
    }

    /**
     * The column SQLAlchemy treats as autoincrementing: the only primary key column, of an integer
     * type, not opted out, and (unless forced) without a foreign key or an SQL server default.
     */
    public Optional<Column> autoincrementColumn() {
        Optional<PrimaryKeyConstraint> pk = primaryKey();
        if (pk.isEmpty() || pk.get().columns().size() != 1) {
            return Optional.empty();
        }
        Optional<Column> col = column(pk.get().columns().get(0));
        return col.filter(c -> c.type() instanceof IntegerType && !Boolean.FALSE.equals(c.autoincrement())
                && (Boolean.TRUE.equals(c.autoincrement()) || (c.foreignKeys().isEmpty() && c.serverDefault() == null)));
    }

    /**
     * The constraints other than the primary key, in creation order: table-level ones where they
     * were listed, column-level foreign keys, {@code unique()} and type CHECKs at their column.
     *
     * @param booleanChecks add the CHECK of {@code BOOLEAN.withConstraint(...)} (dialects without native booleans)
     * @param nativeEnums   whether native enums are available (else enum CHECKs are added when asked for)
     */
    public List<Constraint> constraints(boolean booleanChecks, boolean nativeEnums) {
        List<Constraint> out = new ArrayList<>();
        for (TableElement e : elements) {
            if (e instanceof Column c) {
                for (ForeignKey fk : c.foreignKeys()) {
                    out.add(fk.toConstraint(c.name()));
                }
                if (c.isUnique() && !c.isIndexed()) {
                    out.add(new UniqueConstraint(null, List.of(c.name()), null, null));
                }
                Optional<CheckConstraint> check = typeCheck(c, booleanChecks, nativeEnums);
                if (check.isPresent()) {
                    out.add(check.get());
                }
            } else if (e instanceof Constraint k && !(k instanceof PrimaryKeyConstraint)) {
                out.add(k);
            }
        }
        return out;
    }

    private static Optional<CheckConstraint> typeCheck(Column c, boolean booleanChecks, boolean nativeEnums) {
        ColumnRef ref = new ColumnRef(null, null, c.name());
        if (c.type() instanceof BooleanType b && b.createConstraint() && booleanChecks) {
            return Optional.of(new CheckConstraint(b.constraintName(), ref.in(0, 1)));
        }
        if (c.type() instanceof EnumType en && en.createConstraint() && (!en.nativeEnum() || !nativeEnums)) {
            return Optional.of(new CheckConstraint(en.name(), ref.in(en.values().toArray())));
        }
        return Optional.empty();
    }

    /** Indexes in creation order: {@code index()} columns (unique when also {@code unique()}) and explicit ones. */
    public List<Index> indexes() {
        List<Index> out = new ArrayList<>();
        for (TableElement e : elements) {
            if (e instanceof Column c && c.isIndexed()) {
                out.add(new Index(null, List.of(new ColumnRef(null, null, c.name())), c.isUnique(), Map.of()));
            } else if (e instanceof Index i) {
                out.add(i);
            }
        }
        return out;
    }

    /** Java source for this table as {@code table("name", ...)} with its options. */
    public String toJava() {
        StringBuilder sb = new StringBuilder("table(").append(JavaSource.string(name));
        for (TableElement e : elements) {
            sb.append(",\n        ").append(e.toJava());
        }
        sb.append(")");
        if (schema != null) sb.append(".schema(").append(JavaSource.string(schema)).append(")");
        if (comment != null) sb.append(".comment(").append(JavaSource.string(comment)).append(")");
        for (Map.Entry<String, String> o : dialectOptions.entrySet()) {
            sb.append(".option(").append(JavaSource.string(o.getKey())).append(", ")
                    .append(JavaSource.string(o.getValue())).append(')');
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return "Table(" + (schema == null ? "" : schema + ".") + name + ")";
    }
}
