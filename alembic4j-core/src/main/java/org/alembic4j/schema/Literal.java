package org.alembic4j.schema;

/**
 * A value rendered inline as a SQL literal by the dialect (Alembic's {@code inline_literal}).
 * The optional type converts it first, e.g. the string {@code "42"} with {@code INTEGER} is {@code 42}.
 */
public record Literal(Object value, SqlType type) implements SqlExpression {
    @Override public String toJava() {
        return type == null ? "inlineLiteral(" + JavaSource.value(value) + ")"
                : "inlineLiteral(" + JavaSource.value(value) + ", " + type.toJava() + ")";
    }
}
