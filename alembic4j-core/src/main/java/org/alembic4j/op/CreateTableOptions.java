package org.alembic4j.op;

/** Options of {@code createTable} that are not part of the table definition. */
public final class CreateTableOptions {
    boolean ifNotExists;

    /** {@code CREATE TABLE IF NOT EXISTS}. */
    public CreateTableOptions ifNotExists() {
        ifNotExists = true;
        return this;
    }
}
