package org.alembic4j.runtime.db;

import org.alembic4j.dialect.Dialect;

/**
 * Finds the {@link Dialect} for a dialect name. The runtime asks through this so that the full
 * dialects of {@code org.alembic4j.dialect.*} can replace the {@link BasicDialect} stand-ins.
 */
@FunctionalInterface
public interface DialectResolver {

    /** The dialect called {@code name}; throws {@code AlembicException} for an unknown name. */
    Dialect dialect(String name);

    /** The runtime's own stand-in dialects. */
    static DialectResolver basic() {
        return BasicDialect::forName;
    }
}
