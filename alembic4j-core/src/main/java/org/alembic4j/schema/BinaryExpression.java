package org.alembic4j.schema;

/** {@code left <operator> right}: comparisons ({@code =, !=, <, <=, >, >=, LIKE}) and arithmetic. */
public record BinaryExpression(SqlExpression left, String operator, SqlExpression right) implements SqlExpression {

    /** Binding strength, so the renderer adds parentheses only where SQL needs them. */
    public int precedence() {
        return switch (operator) {
            case "*", "/", "%" -> 8;
            case "+", "-", "||" -> 7;
            default -> 5;
        };
    }

    @Override public String toJava() {
        String method = switch (operator) {
            case "=" -> "eq"; case "!=" -> "ne"; case "<" -> "lt"; case "<=" -> "le"; case ">" -> "gt";
            case ">=" -> "ge"; case "LIKE" -> "like"; case "+" -> "plus"; case "-" -> "minus"; case "*" -> "times";
            case "/" -> "dividedBy";
            default -> throw new IllegalStateException("No Java form for operator " + operator);
        };
        String rightJava = right instanceof Literal l && l.type() == null ? JavaSource.value(l.value()) : right.toJava();
        return left.toJava() + "." + method + "(" + rightJava + ")";
    }
}
