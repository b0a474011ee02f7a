package org.alembic4j.schema;

import java.util.List;

/** {@code [CONSTRAINT name] UNIQUE (cols) [DEFERRABLE] [INITIALLY x]}. */
public record UniqueConstraint(String name, List<String> columns, Boolean deferrable, String initially)
        implements Constraint {
    public UniqueConstraint {
        columns = List.copyOf(columns);
    }

    @Override public UniqueConstraint named(String newName) { return new UniqueConstraint(newName, columns, deferrable, initially); }
    public UniqueConstraint deferrable(boolean value) { return new UniqueConstraint(name, columns, value, initially); }
    public UniqueConstraint initially(String value) { return new UniqueConstraint(name, columns, deferrable, value); }
    @Override public ConstraintType type() { return ConstraintType.UNIQUE; }

    @Override public String toJava() {
        StringBuilder sb = JavaSource.appendStrings(new StringBuilder("uniqueConstraint("), columns).append(")");
        if (name != null) sb.append(".named(").append(JavaSource.string(name)).append(")");
        if (deferrable != null) sb.append(".deferrable(").append(deferrable).append(")");
        if (initially != null) sb.append(".initially(").append(JavaSource.string(initially)).append(")");
        return sb.toString();
    }
}
