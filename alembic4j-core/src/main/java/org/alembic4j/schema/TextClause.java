package org.alembic4j.schema;

/** SQL text written verbatim, like SQLAlchemy's {@code text()}. No bind parameters are parsed out of it. */
public record TextClause(String sql) implements SqlExpression {
    @Override public String toJava() { return "text(" + JavaSource.string(sql) + ")"; }
}
