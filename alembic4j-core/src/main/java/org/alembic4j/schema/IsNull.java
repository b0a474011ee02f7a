package org.alembic4j.schema;

/** {@code expr IS [NOT] NULL}. */
public record IsNull(SqlExpression expression, boolean negated) implements SqlExpression {
    @Override public String toJava() {
        return expression.toJava() + (negated ? ".isNotNull()" : ".isNull()");
    }
}
