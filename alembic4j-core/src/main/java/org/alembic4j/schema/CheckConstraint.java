package org.alembic4j.schema;

import java.util.List;

/** {@code [CONSTRAINT name] CHECK (condition)}; the condition is SQL text or an expression. */
public record CheckConstraint(String name, SqlExpression condition) implements Constraint {
    @Override public CheckConstraint named(String newName) { return new CheckConstraint(newName, condition); }
    @Override public ConstraintType type() { return ConstraintType.CHECK; }
    @Override public List<String> columns() { return List.of(); }

    @Override public String toJava() {
        String cond = condition instanceof TextClause t ? JavaSource.string(t.sql()) : condition.toJava();
        String base = "checkConstraint(" + cond + ")";
        return name == null ? base : base + ".named(" + JavaSource.string(name) + ")";
    }
}
