package org.alembic4j.schema;

/**
 * A column in an expression. Bound to a table it renders qualified ({@code account.qty}), as in
 * the WHERE clause of an UPDATE; unbound it renders bare, as in a CHECK constraint.
 */
public record ColumnRef(String schema, String table, String name) implements SqlExpression {
    @Override public String toJava() {
        return table == null ? "col(" + JavaSource.string(name) + ")"
                : "col(" + JavaSource.string(table) + ", " + JavaSource.string(name) + ")";
    }
}
