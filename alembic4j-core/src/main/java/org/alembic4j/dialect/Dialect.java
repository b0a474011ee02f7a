package org.alembic4j.dialect;

/**
 * What generic code needs to know about one database: its name, its capabilities and how it
 * writes identifiers, literals, types and statements. One implementation per dialect package
 * ({@code dialect.postgresql}, {@code dialect.mysql} (MySQL and MariaDB), {@code dialect.sqlite},
 * {@code dialect.h2}); get one from {@link Dialects}.
 *
 * <p>Generic code asks {@link #capabilities()}; it never tests which dialect it has.
 */
public interface Dialect {

    /** The SQLAlchemy-style name: {@code postgresql}, {@code mysql}, {@code mariadb}, {@code sqlite}, {@code h2}. */
    String name();

    /** What this database can do, as data. */
    DialectCapabilities capabilities();

    /** The identifier as this dialect writes it: quoted only when it must be (reserved word, case, characters). */
    String quoteIdentifier(String identifier);

    /** A string literal with this dialect's escaping, quotes included. */
    String stringLiteral(String value);

    /** Native type names for portable types. */
    TypeCompiler types();

    /** Literals, expressions and data statements (INSERT/UPDATE/DELETE). */
    SqlCompiler sql();

    /** DDL statements. */
    DdlCompiler ddl();

    /** Reads an existing table back through JDBC (batch mode uses it online). */
    TableReflector reflector();
}
