package org.alembic4j.runtime.db;

import org.alembic4j.dialect.Dialect;

/**
 * Finds the {@link Dialect} for a dialect name. The runtime asks through this so that tests and
 * embedders can supply their own.
 */
@FunctionalInterface
public interface DialectResolver {

    /** The dialect called {@code name}; throws {@code AlembicException} for an unknown name. */
    Dialect dialect(String name);

    /** The dialects of {@code org.alembic4j.dialect.*}. */
    static DialectResolver basic() {
        return org.alembic4j.dialect.Dialects::forName;
    }
}
