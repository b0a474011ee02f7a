package org.alembic4j.schema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An index: {@code CREATE [UNIQUE] INDEX name ON table (elements)}. Elements are columns
 * ({@link ColumnRef} without table) or expressions ({@code text("lower(email)")},
 * {@code func("upper", col("name"))}). Dialect options use SQLAlchemy's keyword names, e.g.
 * {@code postgresql_where}, {@code sqlite_where}, {@code postgresql_using},
 * {@code postgresql_include}, {@code postgresql_concurrently}, {@code mysql_length}: a dialect
 * reads only the options prefixed with its own name.
 */
public record Index(String name, List<SqlExpression> elements, boolean isUnique, Map<String, Object> dialectOptions)
        implements TableElement {

    public Index {
        elements = List.copyOf(elements);
        dialectOptions = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(dialectOptions));
        if (elements.isEmpty()) {
            throw new IllegalArgumentException("Index " + name + " has no columns");
        }
    }

    public Index named(String newName) { return new Index(newName, elements, isUnique, dialectOptions); }
    public Index unique() { return new Index(name, elements, true, dialectOptions); }

    /** Adds a dialect option by its SQLAlchemy name ({@code postgresql_using}, {@code mysql_length}, ...). */
    public Index option(String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(dialectOptions);
        copy.put(key, value);
        return new Index(name, elements, isUnique, copy);
    }

    public Index postgresqlUsing(String method) { return option("postgresql_using", method); }
    public Index postgresqlInclude(String... columns) { return option("postgresql_include", List.of(columns)); }
    public Index postgresqlWhere(String condition) { return option("postgresql_where", new TextClause(condition)); }
    public Index postgresqlConcurrently() { return option("postgresql_concurrently", Boolean.TRUE); }
    public Index sqliteWhere(String condition) { return option("sqlite_where", new TextClause(condition)); }
    public Index mysqlLength(int length) { return option("mysql_length", length); }

    /** The option for one dialect, e.g. {@code option("postgresql", "where")}. */
    public Object optionFor(String dialect, String key) {
        return dialectOptions.get(dialect + "_" + key);
    }

    /** The plain column names among the elements (expressions are skipped). */
    public List<String> columnNames() {
        List<String> names = new ArrayList<>(elements.size());
        for (SqlExpression e : elements) {
            if (e instanceof ColumnRef c) {
                names.add(c.name());
            }
        }
        return names;
    }

    @Override
    public String toJava() {
        StringBuilder sb = new StringBuilder("index(").append(JavaSource.string(name));
        for (SqlExpression e : elements) {
            sb.append(", ").append(e instanceof ColumnRef c ? JavaSource.string(c.name()) : e.toJava());
        }
        sb.append(")");
        if (isUnique) sb.append(".unique()");
        sb.append(optionsToJava(dialectOptions));
        return sb.toString();
    }

    /** Java source for dialect options as {@code .option(...)} calls. */
    public static String optionsToJava(Map<String, Object> options) {
        if (options.isEmpty()) {
            return "";   // the common case, and rendering asks for every index
        }
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, Object> e : options.entrySet()) {
            sb.append(".option(").append(JavaSource.string(e.getKey())).append(", ");
            if (e.getValue() instanceof List<?> l) {
                sb.append("List.of(");
                for (int i = 0; i < l.size(); i++) {
                    sb.append(i > 0 ? ", " : "").append(JavaSource.value(l.get(i)));
                }
                sb.append(')');
            } else {
                sb.append(JavaSource.value(e.getValue()));
            }
            sb.append(')');
        }
        return sb.toString();
    }
}
