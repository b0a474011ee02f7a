package org.alembic4j.schema;

import org.alembic4j.AlembicException;

/**
 * A column-level foreign key, SQLAlchemy's {@code ForeignKey("table.column")}: it becomes a
 * table-level {@link ForeignKeyConstraint} on the column's table.
 */
public record ForeignKey(String target, String name, String onDelete, String onUpdate, String match,
        Boolean deferrable, String initially) {

    public ForeignKey {
        if (target == null || target.split("\\.").length < 2) {
            throw new AlembicException("A foreign key target must be \"table.column\" or \"schema.table.column\", got: " + target);
        }
    }

    public ForeignKey named(String newName) { return new ForeignKey(target, newName, onDelete, onUpdate, match, deferrable, initially); }
    public ForeignKey onDelete(String action) { return new ForeignKey(target, name, action, onUpdate, match, deferrable, initially); }
    public ForeignKey onUpdate(String action) { return new ForeignKey(target, name, onDelete, action, match, deferrable, initially); }
    public ForeignKey match(String value) { return new ForeignKey(target, name, onDelete, onUpdate, value, deferrable, initially); }
    public ForeignKey deferrable(boolean value) { return new ForeignKey(target, name, onDelete, onUpdate, match, value, initially); }
    public ForeignKey initially(String value) { return new ForeignKey(target, name, onDelete, onUpdate, match, deferrable, value); }

    /** The table-level constraint this foreign key makes on {@code column}. */
    public ForeignKeyConstraint toConstraint(String column) {
        String[] parts = target.split("\\.");
        String refColumn = parts[parts.length - 1];
        String refTable = parts[parts.length - 2];
        String refSchema = parts.length > 2 ? String.join(".", java.util.Arrays.copyOf(parts, parts.length - 2)) : null;
        return new ForeignKeyConstraint(name, java.util.List.of(column), refSchema, refTable, java.util.List.of(refColumn),
                onDelete, onUpdate, match, deferrable, initially);
    }

    public String toJava() {
        StringBuilder sb = new StringBuilder("foreignKey(").append(JavaSource.string(target)).append(")");
        appendOptions(sb, name, onDelete, onUpdate, match, deferrable, initially);
        return sb.toString();
    }

    static void appendOptions(StringBuilder sb, String name, String onDelete, String onUpdate, String match,
            Boolean deferrable, String initially) {
        if (name != null) sb.append(".named(").append(JavaSource.string(name)).append(")");
        if (onDelete != null) sb.append(".onDelete(").append(JavaSource.string(onDelete)).append(")");
        if (onUpdate != null) sb.append(".onUpdate(").append(JavaSource.string(onUpdate)).append(")");
        if (match != null) sb.append(".match(").append(JavaSource.string(match)).append(")");
        if (deferrable != null) sb.append(".deferrable(").append(deferrable).append(")");
        if (initially != null) sb.append(".initially(").append(JavaSource.string(initially)).append(")");
    }
}
