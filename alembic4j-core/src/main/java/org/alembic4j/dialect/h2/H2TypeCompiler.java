package org.alembic4j.dialect.h2;

import java.util.stream.Collectors;
import org.alembic4j.dialect.Dialect;
import org.alembic4j.dialect.TypeCompiler;
import org.alembic4j.schema.ArrayType;
import org.alembic4j.schema.BinaryType;
import org.alembic4j.schema.DateTimeType;
import org.alembic4j.schema.EnumType;
import org.alembic4j.schema.IntervalType;
import org.alembic4j.schema.TextType;
import org.alembic4j.schema.TimeType;
import org.alembic4j.schema.TimestampType;
import org.alembic4j.schema.UuidType;

/** H2's type names. */
final class H2TypeCompiler extends TypeCompiler {

    H2TypeCompiler(Dialect dialect) {
        super(dialect);
    }

    private static String zone(boolean tz) {
        return tz ? " WITH TIME ZONE" : "";
    }

    @Override public String visitText(TextType t) { return "CHARACTER LARGE OBJECT"; }
    @Override public String visitTime(TimeType t) { return "TIME" + zone(t.timezone()); }
    @Override public String visitDateTime(DateTimeType t) { return "TIMESTAMP" + zone(t.timezone()); }
    @Override public String visitTimestamp(TimestampType t) { return "TIMESTAMP" + zone(t.timezone()); }
    @Override public String visitBinary(BinaryType t) { return t.length() == null ? "BINARY LARGE OBJECT" : "VARBINARY(" + t.length() + ")"; }
    @Override public String visitUuid(UuidType t) { return "UUID"; }
    @Override public String visitInterval(IntervalType t) { return "INTERVAL DAY TO SECOND"; }
    @Override public String visitArray(ArrayType t) { return render(t.elementType()) + " ARRAY"; }

    @Override public String visitEnum(EnumType t) {
        if (!t.nativeEnum()) {
            return super.visitEnum(t);
        }
        return t.values().stream().map(dialect::stringLiteral).collect(Collectors.joining(", ", "ENUM(", ")"));
    }
}
