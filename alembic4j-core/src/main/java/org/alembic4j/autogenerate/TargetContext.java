package org.alembic4j.autogenerate;

import java.util.Locale;
import java.util.Objects;
import org.alembic4j.dialect.Dialect;

/**
 * What a {@link TargetSchema} may need to know to describe itself for the database being
 * compared: the dialect (JPA mappings differ per database), the default schema, and how the
 * database stores unquoted identifiers.
 *
 * @param dialect       the dialect of the database being compared
 * @param defaultSchema the connection's default schema ({@code public}, the MySQL database, {@code main})
 * @param folding       how the database stores unquoted identifiers, after alembic4j's name normalisation
 */
public record TargetContext(Dialect dialect, String defaultSchema, Folding folding) {

    /** How unquoted identifiers are stored, as reflection reports them. */
    public enum Folding {
        /** Kept as written (MySQL, MariaDB, SQLite). */
        PRESERVE,
        /** Lower-cased (PostgreSQL; H2's upper-case names are reported lower-cased too). */
        LOWER
    }

    public TargetContext {
        Objects.requireNonNull(dialect, "dialect");
        Objects.requireNonNull(folding, "folding");
    }

    /** The name an unquoted identifier gets in the database, as reflection reports it. */
    public String foldUnquoted(String identifier) {
        return identifier == null || folding == Folding.PRESERVE ? identifier : identifier.toLowerCase(Locale.ROOT);
    }
}
