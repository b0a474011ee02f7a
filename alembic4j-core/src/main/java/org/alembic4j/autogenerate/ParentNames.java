package org.alembic4j.autogenerate;

/**
 * Where a named object sits, for {@link IncludeName}: Alembic's {@code parent_names}. Both are
 * null for a schema; {@code tableName} is null for a table.
 *
 * @param schemaName the schema, or null for the default schema
 * @param tableName  the table, for columns, indexes and constraints
 */
public record ParentNames(String schemaName, String tableName) {

    /** {@code schema.table}, or just the table in the default schema. */
    public String schemaQualifiedTableName() {
        if (tableName == null) {
            return null;
        }
        return schemaName == null ? tableName : schemaName + "." + tableName;
    }
}
