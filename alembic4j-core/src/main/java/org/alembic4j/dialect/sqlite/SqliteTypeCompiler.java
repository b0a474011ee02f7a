package org.alembic4j.dialect.sqlite;

import org.alembic4j.dialect.Dialect;
import org.alembic4j.dialect.TypeCompiler;
import org.alembic4j.schema.FloatType;

/** SQLite takes SQLAlchemy's generic names; FLOAT has no precision. */
final class SqliteTypeCompiler extends TypeCompiler {
    SqliteTypeCompiler(Dialect dialect) {
        super(dialect);
    }

    @Override public String visitFloat(FloatType t) { return "FLOAT"; }
}
