package org.alembic4j.op;

/** Options of {@code addColumn}. */
public final class AddColumnOptions extends SchemaOptions<AddColumnOptions> {
    boolean ifNotExists;
    boolean inlineReferences;
    boolean inlinePrimaryKey;

    /** {@code ADD COLUMN IF NOT EXISTS}. */
    public AddColumnOptions ifNotExists() { ifNotExists = true; return this; }
    /** The column's foreign key as {@code REFERENCES ...} inside the ADD COLUMN instead of a separate ALTER. */
    public AddColumnOptions inlineReferences() { inlineReferences = true; return this; }
    /** {@code PRIMARY KEY} inside the ADD COLUMN for a primary key column. */
    public AddColumnOptions inlinePrimaryKey() { inlinePrimaryKey = true; return this; }
}
