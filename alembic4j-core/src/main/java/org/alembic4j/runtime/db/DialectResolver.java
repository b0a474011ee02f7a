package org.alembic4j.runtime.db;

import org.alembic4j.dialect.Dialect;
import org.alembic4j.dialect.Dialects;

/** Finds the dialect for a dialect name ({@code postgresql}, {@code mysql}, ...). */
@FunctionalInterface
public interface DialectResolver {

    Dialect dialect(String name);

    /** The dialects of {@code org.alembic4j.dialect.*}. */
    static DialectResolver standard() {
        return Dialects::forName;
    }
}
