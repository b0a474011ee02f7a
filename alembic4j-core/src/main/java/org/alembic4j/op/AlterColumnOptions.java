package org.alembic4j.op;

import org.alembic4j.schema.Change;
import org.alembic4j.schema.ColumnAlteration;
import org.alembic4j.schema.Literal;
import org.alembic4j.schema.SqlExpression;
import org.alembic4j.schema.SqlType;

/**
 * The changes of {@code op.alterColumn(table, column, a -> a...)}: Alembic's {@code alter_column}
 * keywords. What is not called is left unchanged. MySQL and MariaDB restate the whole column, so
 * give them the {@code existing*} facts as well (a missing existing nullability means NULL).
 */
public final class AlterColumnOptions {
    private String schema;
    private String newName;
    private SqlType type;
    private Boolean nullable;
    private Change<SqlExpression> serverDefault = Change.keep();
    private Change<String> comment = Change.keep();
    private Boolean autoincrement;
    private SqlType existingType;
    private Boolean existingNullable;
    private SqlExpression existingServerDefault;
    private String existingComment;
    private Boolean existingAutoincrement;
    private String postgresqlUsing;

    public AlterColumnOptions schema(String value) { schema = value; return this; }
    /** Renames the column. */
    public AlterColumnOptions newName(String value) { newName = value; return this; }
    public AlterColumnOptions type(SqlType value) { type = value; return this; }
    public AlterColumnOptions nullable(boolean value) { nullable = value; return this; }
    /** Sets a literal default (always quoted). */
    public AlterColumnOptions serverDefault(String literal) { serverDefault = Change.to(new Literal(literal, null)); return this; }
    /** Sets an SQL default: {@code text("now()")}, {@code currentTimestamp()}, ... */
    public AlterColumnOptions serverDefault(SqlExpression value) { serverDefault = Change.to(value); return this; }
    public AlterColumnOptions dropServerDefault() { serverDefault = Change.to(null); return this; }
    public AlterColumnOptions comment(String value) { comment = Change.to(value); return this; }
    public AlterColumnOptions dropComment() { comment = Change.to(null); return this; }
    /** MySQL only: add or remove AUTO_INCREMENT (other dialects render nothing for it). */
    public AlterColumnOptions autoincrement(boolean value) { autoincrement = value; return this; }
    public AlterColumnOptions existingType(SqlType value) { existingType = value; return this; }
    public AlterColumnOptions existingNullable(boolean value) { existingNullable = value; return this; }
    public AlterColumnOptions existingServerDefault(String literal) { existingServerDefault = new Literal(literal, null); return this; }
    public AlterColumnOptions existingServerDefault(SqlExpression value) { existingServerDefault = value; return this; }
    public AlterColumnOptions existingComment(String value) { existingComment = value; return this; }
    public AlterColumnOptions existingAutoincrement(boolean value) { existingAutoincrement = value; return this; }
    /** PostgreSQL's {@code USING expr} for a type change. */
    public AlterColumnOptions postgresqlUsing(String expression) { postgresqlUsing = expression; return this; }

    ColumnAlteration build(String table, String column) {
        return new ColumnAlteration(schema, table, column, newName, type, nullable, serverDefault, comment, autoincrement,
                existingType, existingNullable, existingServerDefault, existingComment, existingAutoincrement, postgresqlUsing);
    }
}
