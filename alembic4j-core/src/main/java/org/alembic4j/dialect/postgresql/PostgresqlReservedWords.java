package org.alembic4j.dialect.postgresql;

/**
 * Postgresql's reserved words as SQLAlchemy's dialect lists them (lower case): a name that is one of
 * them is quoted. Kept in code rather than as a resource file: every command that runs revisions
 * builds its dialect, and reading a resource opens the jar, which class-data sharing otherwise
 * spares the process.
 */
final class PostgresqlReservedWords {

    private PostgresqlReservedWords() {
    }

    static final String WORDS = """
            all analyse analyze and any array as asc asymmetric authorization between binary both case cast
            check collate column constraint create cross current_catalog current_date current_role
            current_schema current_time current_timestamp current_user default deferrable desc distinct do
            else end except false fetch for foreign freeze from full grant group having ilike in initially
            inner intersect into is isnull join leading left like limit localtime localtimestamp natural new
            not notnull null of off offset old on only or order outer over overlaps placing primary
            references returning right select session_user similar some symmetric table then to trailing
            true union unique user using variadic verbose when where window with
            """;
}
