package org.alembic4j.dialect;

/**
 * Facts about a database that generic code branches on, instead of asking which dialect it has.
 *
 * @param transactionalDdl             DDL runs inside a transaction and rolls back with it
 *                                     (PostgreSQL, SQLite; not MySQL/MariaDB, not H2 where DDL commits)
 * @param offlineTransactionStatements {@code --sql} output is wrapped in {@code BEGIN;}/{@code COMMIT;}
 *                                     (Alembic does this for PostgreSQL only)
 * @param alterColumn                  a column's type, nullability and default can be changed in place
 *                                     (SQLite cannot: use batch mode)
 * @param alterConstraints             constraints can be added and dropped with ALTER TABLE (not SQLite)
 * @param comments                     how table and column comments are written, if at all
 * @param sequences                    CREATE SEQUENCE exists (PostgreSQL, MariaDB, H2)
 * @param nativeBoolean                a real boolean type exists (no CHECK (x IN (0, 1)) needed)
 * @param nativeEnum                   enum types exist (named on PostgreSQL, inline on MySQL/MariaDB/H2)
 * @param namedEnumTypes               enums are separate named types ({@code CREATE TYPE ... AS ENUM}, PostgreSQL)
 * @param recreateTableForBatch        batch mode's "auto" re-creates the table for changes other than
 *                                     add_column/create_index/drop_index (SQLite)
 * @param pipelinedDdl                 DDL inside a transaction may be sent as one JDBC batch, which the
 *                                     driver pipelines, with savepoints to find a failed statement
 *                                     (PostgreSQL; SQLite runs in-process, MySQL/MariaDB and H2
 *                                     commit DDL one statement at a time)
 */
public record DialectCapabilities(boolean transactionalDdl, boolean offlineTransactionStatements,
        boolean alterColumn, boolean alterConstraints, CommentStyle comments, boolean sequences,
        boolean nativeBoolean, boolean nativeEnum, boolean namedEnumTypes, boolean recreateTableForBatch,
        boolean pipelinedDdl) {

    /** How a dialect writes comments. */
    public enum CommentStyle {
        /** {@code COMMENT ON TABLE/COLUMN ... IS '...'} statements (PostgreSQL, H2). */
        STATEMENTS,
        /** Inline {@code COMMENT '...'} in column specs and table options (MySQL, MariaDB). */
        INLINE,
        /** No comments at all (SQLite): create_table drops them, comment operations are refused. */
        NONE
    }
}
