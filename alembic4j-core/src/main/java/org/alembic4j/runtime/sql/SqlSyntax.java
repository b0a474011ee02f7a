package org.alembic4j.runtime.sql;

/**
 * The lexical rules that decide where one SQL statement ends, per database.
 *
 * @param backslashEscapes  a backslash escapes the next character inside '...' (MySQL, MariaDB)
 * @param hashComments      {@code #} starts a comment to the end of the line (MySQL, MariaDB)
 * @param nestedComments    block comments nest (PostgreSQL, H2)
 * @param dollarQuotes      {@code $tag$...$tag$} quotes a body (PostgreSQL, H2's {@code $$})
 */
public record SqlSyntax(boolean backslashEscapes, boolean hashComments, boolean nestedComments, boolean dollarQuotes) {

    /** The rules for a dialect name; unknown names get PostgreSQL-like standard rules. */
    public static SqlSyntax forDialect(String dialectName) {
        return switch (dialectName) {
            case "mysql", "mariadb" -> new SqlSyntax(true, true, false, false);
            case "sqlite" -> new SqlSyntax(false, false, false, false);
            default -> new SqlSyntax(false, false, true, true);
        };
    }
}
