package org.alembic4j.dialect.postgresql;

import org.alembic4j.AlembicException;
import org.alembic4j.dialect.Dialect;
import org.alembic4j.dialect.TypeCompiler;
import org.alembic4j.schema.ArrayType;
import org.alembic4j.schema.BinaryType;
import org.alembic4j.schema.DateTimeType;
import org.alembic4j.schema.EnumType;
import org.alembic4j.schema.IntervalType;
import org.alembic4j.schema.TimeType;
import org.alembic4j.schema.TimestampType;
import org.alembic4j.schema.UuidType;

/** PostgreSQL's names for the portable types. */
final class PostgresqlTypeCompiler extends TypeCompiler {

    PostgresqlTypeCompiler(Dialect dialect) {
        super(dialect);
    }

    private static String zone(boolean tz) {
        return tz ? " WITH TIME ZONE" : " WITHOUT TIME ZONE";
    }

    @Override public String visitTime(TimeType t) { return "TIME" + zone(t.timezone()); }
    @Override public String visitDateTime(DateTimeType t) { return "TIMESTAMP" + zone(t.timezone()); }
    @Override public String visitTimestamp(TimestampType t) { return "TIMESTAMP" + zone(t.timezone()); }
    @Override public String visitBinary(BinaryType t) { return "BYTEA"; }
    @Override public String visitUuid(UuidType t) { return "UUID"; }
    @Override public String visitInterval(IntervalType t) { return "INTERVAL"; }
    @Override public String visitArray(ArrayType t) { return render(t.elementType()) + "[]"; }

    /** A native enum is its named type, created by CREATE TYPE before the table. */
    @Override public String visitEnum(EnumType t) {
        if (!t.nativeEnum()) {
            return super.visitEnum(t);
        }
        if (t.name() == null) {
            throw new AlembicException("PostgreSQL ENUM type requires a name.");
        }
        return dialect.quoteIdentifier(t.name());
    }
}
