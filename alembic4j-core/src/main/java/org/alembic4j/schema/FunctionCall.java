package org.alembic4j.schema;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A SQL function call such as {@code lower('ABC')}. The dialect may rewrite well-known functions:
 * {@code now()} is {@code CURRENT_TIMESTAMP} on SQLite, as in SQLAlchemy.
 */
public record FunctionCall(String name, List<SqlExpression> arguments) implements SqlExpression {
    public FunctionCall {
        arguments = List.copyOf(arguments);
    }

    @Override public String toJava() {
        if (arguments.isEmpty()) {
            return switch (name.toLowerCase(java.util.Locale.ROOT)) {
                case "now" -> "now()";
                case "current_timestamp" -> "currentTimestamp()";
                default -> "func(" + JavaSource.string(name) + ")";
            };
        }
        return "func(" + JavaSource.string(name) + arguments.stream()
                .map(v -> v instanceof Literal l && l.type() == null ? JavaSource.value(l.value()) : v.toJava())
                .collect(Collectors.joining(", ", ", ", ")"));
    }
}
