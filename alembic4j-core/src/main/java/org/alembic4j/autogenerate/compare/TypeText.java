package org.alembic4j.autogenerate.compare;

import org.alembic4j.dialect.Dialect;
import org.alembic4j.schema.DialectType;
import org.alembic4j.schema.SqlType;

/** A type as the dialect writes it in DDL, which is what both sides are compared on. */
final class TypeText {

    private TypeText() {
    }

    static String of(Dialect dialect, SqlType type) {
        if (type instanceof DialectType d) {
            return d.sql();
        }
        try {
            return dialect.types().render(type);
        } catch (RuntimeException notOnThisDialect) {
            return type.toJava();
        }
    }
}
