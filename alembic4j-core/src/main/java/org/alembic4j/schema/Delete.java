package org.alembic4j.schema;

/** {@code DELETE FROM t [WHERE ...]}. */
public record Delete(Table table, SqlExpression where) implements DataStatement {
    public Delete where(SqlExpression condition) {
        return new Delete(table, where == null ? condition : where.and(condition));
    }

    @Override public String toJava() {
        return "delete(" + table.toJava() + ")" + (where == null ? "" : ".where(" + where.toJava() + ")");
    }
}
