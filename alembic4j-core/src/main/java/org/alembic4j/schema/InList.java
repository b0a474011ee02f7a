package org.alembic4j.schema;

import java.util.List;
import java.util.stream.Collectors;

/** {@code expr [NOT] IN (v1, v2)}. */
public record InList(SqlExpression expression, List<SqlExpression> values, boolean negated) implements SqlExpression {
    public InList {
        values = List.copyOf(values);
    }

    @Override public String toJava() {
        return expression.toJava() + (negated ? ".notIn(" : ".in(") + values.stream()
                .map(v -> v instanceof Literal l && l.type() == null ? JavaSource.value(l.value()) : v.toJava())
                .collect(Collectors.joining(", ")) + ")";
    }
}
