package org.alembic4j.schema;

import java.util.List;

/**
 * {@code [CONSTRAINT name] FOREIGN KEY(cols) REFERENCES [schema.]table (cols) [ON DELETE x]
 * [ON UPDATE y] [MATCH m] [DEFERRABLE] [INITIALLY z]}.
 */
public record ForeignKeyConstraint(String name, List<String> columns, String referredSchema, String referredTable,
        List<String> referredColumns, String onDelete, String onUpdate, String match, Boolean deferrable,
        String initially) implements Constraint {

    public ForeignKeyConstraint {
        columns = List.copyOf(columns);
        referredColumns = List.copyOf(referredColumns);
        if (columns.size() != referredColumns.size()) {
            throw new IllegalArgumentException("Foreign key " + (name == null ? "" : name + " ") + "has "
                    + columns.size() + " local and " + referredColumns.size() + " referred columns");
        }
    }

    @Override public ForeignKeyConstraint named(String newName) {
        return new ForeignKeyConstraint(newName, columns, referredSchema, referredTable, referredColumns, onDelete, onUpdate, match, deferrable, initially);
    }
    public ForeignKeyConstraint onDelete(String action) {
        return new ForeignKeyConstraint(name, columns, referredSchema, referredTable, referredColumns, action, onUpdate, match, deferrable, initially);
    }
    public ForeignKeyConstraint onUpdate(String action) {
        return new ForeignKeyConstraint(name, columns, referredSchema, referredTable, referredColumns, onDelete, action, match, deferrable, initially);
    }
    public ForeignKeyConstraint match(String value) {
        return new ForeignKeyConstraint(name, columns, referredSchema, referredTable, referredColumns, onDelete, onUpdate, value, deferrable, initially);
    }
    public ForeignKeyConstraint deferrable(boolean value) {
        return new ForeignKeyConstraint(name, columns, referredSchema, referredTable, referredColumns, onDelete, onUpdate, match, value, initially);
    }
    public ForeignKeyConstraint initially(String value) {
        return new ForeignKeyConstraint(name, columns, referredSchema, referredTable, referredColumns, onDelete, onUpdate, match, deferrable, value);
    }
    public ForeignKeyConstraint referredSchema(String schema) {
        return new ForeignKeyConstraint(name, columns, schema, referredTable, referredColumns, onDelete, onUpdate, match, deferrable, initially);
    }

    @Override public ConstraintType type() { return ConstraintType.FOREIGN_KEY; }

    @Override public String toJava() {
        String prefix = referredSchema == null ? referredTable + "." : referredSchema + "." + referredTable + ".";
        StringBuilder sb = new StringBuilder("foreignKeyConstraint(").append(JavaSource.stringList(columns))
                .append(", List.of(");
        for (int i = 0; i < referredColumns.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(JavaSource.string(prefix + referredColumns.get(i)));
        }
        sb.append("))");
        ForeignKey.appendOptions(sb, name, onDelete, onUpdate, match, deferrable, initially);
        return sb.toString();
    }
}
