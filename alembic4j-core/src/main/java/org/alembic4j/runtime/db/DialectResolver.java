package org.alembic4j.runtime.db;

import org.alembic4j.dialect.Dialect;
import org.alembic4j.dialect.Dialects;

/** Finds the dialect for a dialect name ({@code postgresql}, {@code mysql}, ...). */
@FunctionalInterface
public interface DialectResolver {

    Dialect dialect(String name);

    /** The dialects of {@code org.alembic4j.dialect.*}. */
    static DialectResolver standard() {
        // A class, not a method reference: made by every command, and a JVM's first lambda costs milliseconds.
        return new DialectResolver() {
            @Override
            public Dialect dialect(String name) {
                return Dialects.forName(name);
            }
        };
    }
}
