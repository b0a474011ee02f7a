package org.alembic4j.schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small SQL expression tree: enough for CHECK conditions, index expressions, server defaults and
 * the WHERE/SET parts of data statements. Literal values are rendered inline by the dialect, so
 * the SQL is the same online and offline. Build with {@link org.alembic4j.op.Ops#col},
 * {@link org.alembic4j.op.Ops#text}, {@link org.alembic4j.op.Ops#func} and the methods here:
 * {@code col("qty").ge(0).and(col("name").ne("root"))}.
 */
public sealed interface SqlExpression permits TextClause, Literal, ColumnRef, BinaryExpression, Conjunction,
        InList, FunctionCall, IsNull {

    /** This expression as Java source using {@link org.alembic4j.op.Ops}. */
    String toJava();

    /** Wraps a plain value as a literal; expressions are kept. */
    static SqlExpression of(Object value) {
        return value instanceof SqlExpression e ? e : new Literal(value, null);
    }

    default SqlExpression eq(Object other) { return new BinaryExpression(this, "=", of(other)); }
    default SqlExpression ne(Object other) { return new BinaryExpression(this, "!=", of(other)); }
    default SqlExpression lt(Object other) { return new BinaryExpression(this, "<", of(other)); }
    default SqlExpression le(Object other) { return new BinaryExpression(this, "<=", of(other)); }
    default SqlExpression gt(Object other) { return new BinaryExpression(this, ">", of(other)); }
    default SqlExpression ge(Object other) { return new BinaryExpression(this, ">=", of(other)); }
    default SqlExpression like(Object pattern) { return new BinaryExpression(this, "LIKE", of(pattern)); }
    default SqlExpression plus(Object other) { return new BinaryExpression(this, "+", of(other)); }
    default SqlExpression minus(Object other) { return new BinaryExpression(this, "-", of(other)); }
    default SqlExpression times(Object other) { return new BinaryExpression(this, "*", of(other)); }
    default SqlExpression dividedBy(Object other) { return new BinaryExpression(this, "/", of(other)); }
    default SqlExpression isNull() { return new IsNull(this, false); }
    default SqlExpression isNotNull() { return new IsNull(this, true); }

    default SqlExpression in(Object... values) {
        return new InList(this, Arrays.stream(values).map(SqlExpression::of).toList(), false);
    }

    default SqlExpression notIn(Object... values) {
        return new InList(this, Arrays.stream(values).map(SqlExpression::of).toList(), true);
    }

    default SqlExpression and(SqlExpression... others) { return join("AND", others); }
    default SqlExpression or(SqlExpression... others) { return join("OR", others); }

    private SqlExpression join(String operator, SqlExpression... others) {
        List<SqlExpression> items = new ArrayList<>();
        if (this instanceof Conjunction c && c.operator().equals(operator)) {
            items.addAll(c.items());
        } else {
            items.add(this);
        }
        items.addAll(Arrays.asList(others));
        return new Conjunction(operator, items);
    }
}
