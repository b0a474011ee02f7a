package org.alembic4j.schema;

import java.util.List;
import java.util.stream.Collectors;

/** {@code a AND b AND c} or {@code a OR b}. */
public record Conjunction(String operator, List<SqlExpression> items) implements SqlExpression {
    public Conjunction {
        items = List.copyOf(items);
    }

    public int precedence() {
        return operator.equals("AND") ? 2 : 1;
    }

    @Override public String toJava() {
        String method = operator.equals("AND") ? "and" : "or";
        return items.get(0).toJava() + items.subList(1, items.size()).stream().map(SqlExpression::toJava)
                .collect(Collectors.joining(", ", "." + method + "(", ")"));
    }
}
