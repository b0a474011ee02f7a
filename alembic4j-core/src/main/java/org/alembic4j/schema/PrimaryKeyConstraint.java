package org.alembic4j.schema;

import java.util.List;

/** {@code [CONSTRAINT name] PRIMARY KEY (cols)}. */
public record PrimaryKeyConstraint(String name, List<String> columns) implements Constraint {
    public PrimaryKeyConstraint {
        columns = List.copyOf(columns);
    }

    @Override public PrimaryKeyConstraint named(String newName) { return new PrimaryKeyConstraint(newName, columns); }
    @Override public ConstraintType type() { return ConstraintType.PRIMARY; }

    @Override public String toJava() {
        String base = JavaSource.appendStrings(new StringBuilder("primaryKeyConstraint("), columns).append(')').toString();
        return name == null ? base : base + ".named(" + JavaSource.string(name) + ")";
    }
}
