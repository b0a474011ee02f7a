package org.alembic4j.autogenerate.reflect;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.alembic4j.autogenerate.SchemaSnapshot;
import org.alembic4j.autogenerate.TargetContext;

/**
 * Reads a database's schema with a fixed number of bulk catalog queries (all tables at once),
 * never one query per table. One implementation per database family.
 */
public interface CatalogReader {

    /** The connection's default schema. */
    String defaultSchema(CatalogQueries queries) throws SQLException;

    /** Every user schema (system schemas left out). */
    List<String> schemaNames(CatalogQueries queries) throws SQLException;

    /**
     * The tables and standalone sequences of these schemas. Tables of {@code defaultSchema} get a
     * null schema; names are normalised the way {@link #folding()} describes.
     */
    SchemaSnapshot read(CatalogQueries queries, Set<String> schemas, String defaultSchema) throws SQLException;

    /** How unquoted identifiers come back from this reader. */
    TargetContext.Folding folding();

    /**
     * Whether the database adds an index of the foreign key's name for each foreign key (MySQL,
     * MariaDB): such indexes are not part of any model and are left out.
     */
    default boolean foreignKeysCreateIndexes() {
        return false;
    }
}
