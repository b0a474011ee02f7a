package org.alembic4j.autogenerate.compare;

import org.alembic4j.autogenerate.AutogenerateOptions;
import org.alembic4j.dialect.Dialect;
import org.alembic4j.schema.NamingConvention;

/**
 * Everything a comparison depends on besides the two snapshots.
 *
 * @param dialect                  the database's dialect (types are compared as it writes them)
 * @param options                  the user's switches and filters
 * @param naming                   names for the target's unnamed indexes and constraints
 * @param foreignKeysCreateIndexes the database adds an index per foreign key (MySQL), left out of reflection
 */
public record ComparisonSettings(Dialect dialect, AutogenerateOptions options, NamingConvention naming,
        boolean foreignKeysCreateIndexes) {
}
