package org.alembic4j.schema;

/**
 * Everything {@code alter_column} may change, plus the {@code existing_*} facts a dialect that
 * restates the whole column (MySQL) needs. Null fields are "not given".
 */
public record ColumnAlteration(String schema, String table, String column, String newName, SqlType type,
        Boolean nullable, Change<SqlExpression> serverDefault, Change<String> comment, Boolean autoincrement,
        SqlType existingType, Boolean existingNullable, SqlExpression existingServerDefault, String existingComment,
        Boolean existingAutoincrement, String postgresqlUsing) {

    public ColumnAlteration {
        serverDefault = serverDefault == null ? Change.keep() : serverDefault;
        comment = comment == null ? Change.keep() : comment;
    }

    /** The type after the change: the new type, else the existing one (may be null). */
    public SqlType effectiveType() {
        return type != null ? type : existingType;
    }

    /** True when nothing but the name or nothing at all changes. */
    public boolean changesOnlyName() {
        return type == null && nullable == null && !serverDefault.changed() && !comment.changed() && autoincrement == null;
    }
}
