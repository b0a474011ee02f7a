package org.alembic4j.dialect;

/**
 * Facts about a database that generic code branches on.
 *
 * @param transactionalDdl  DDL runs inside a transaction and rolls back with it (PostgreSQL, SQLite, H2; not MySQL)
 */
public record DialectCapabilities(boolean transactionalDdl) {
}
