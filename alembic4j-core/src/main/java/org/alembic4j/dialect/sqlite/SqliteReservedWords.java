package org.alembic4j.dialect.sqlite;

/**
 * Sqlite's reserved words as SQLAlchemy's dialect lists them (lower case): a name that is one of
 * them is quoted. Kept in code rather than as a resource file: every command that runs revisions
 * builds its dialect, and reading a resource opens the jar, which class-data sharing otherwise
 * spares the process.
 */
final class SqliteReservedWords {

    private SqliteReservedWords() {
    }

    static final String WORDS = """
            add after all alter analyze and as asc attach autoincrement before begin between by cascade case
            cast check collate column commit conflict constraint create cross current_date current_time
            current_timestamp database default deferrable deferred delete desc detach distinct drop each
            else end escape except exclusive exists explain fail false for foreign from full glob group
            having if ignore immediate in index indexed initially inner insert instead intersect into is
            isnull join key left like limit match natural not notnull null of offset on or order outer plan
            pragma primary query raise references reindex rename replace restrict right rollback row select
            set table temp temporary then to transaction trigger true union unique update using vacuum
            values view virtual when where
            """;
}
