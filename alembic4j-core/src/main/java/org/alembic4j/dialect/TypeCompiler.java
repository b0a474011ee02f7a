package org.alembic4j.dialect;

import java.util.stream.Collectors;
import org.alembic4j.AlembicException;
import org.alembic4j.schema.ArrayType;
import org.alembic4j.schema.BinaryType;
import org.alembic4j.schema.BooleanType;
import org.alembic4j.schema.CharType;
import org.alembic4j.schema.DateTimeType;
import org.alembic4j.schema.DateType;
import org.alembic4j.schema.DialectType;
import org.alembic4j.schema.EnumType;
import org.alembic4j.schema.FloatType;
import org.alembic4j.schema.IntegerType;
import org.alembic4j.schema.IntervalType;
import org.alembic4j.schema.JsonType;
import org.alembic4j.schema.NumericType;
import org.alembic4j.schema.SqlType;
import org.alembic4j.schema.TextType;
import org.alembic4j.schema.TimeType;
import org.alembic4j.schema.TimestampType;
import org.alembic4j.schema.TypeVisitor;
import org.alembic4j.schema.UuidType;
import org.alembic4j.schema.VarcharType;

/**
 * Writes portable types as SQLAlchemy's generic compiler does (which is what SQLite gets);
 * dialects override the types they write differently.
 */
public class TypeCompiler implements TypeVisitor<String> {

    protected final Dialect dialect;

    public TypeCompiler(Dialect dialect) {
        this.dialect = dialect;
    }

    /** The native type for {@code type}; a type the dialect lacks is an {@link AlembicException}. */
    public String render(SqlType type) {
        return type.accept(this);
    }

    protected AlembicException unsupported(String what) {
        return new AlembicException("Type " + what + " is not available on dialect " + dialect.name());
    }

    @Override public String visitInteger(IntegerType t) {
        return switch (t.size()) { case SMALL -> "SMALLINT"; case REGULAR -> "INTEGER"; case BIG -> "BIGINT"; };
    }
    @Override public String visitVarchar(VarcharType t) { return t.length() == null ? "VARCHAR" : "VARCHAR(" + t.length() + ")"; }
    @Override public String visitChar(CharType t) { return t.length() == null ? "CHAR" : "CHAR(" + t.length() + ")"; }
    @Override public String visitText(TextType t) { return "TEXT"; }
    @Override public String visitBoolean(BooleanType t) { return "BOOLEAN"; }
    @Override public String visitDate(DateType t) { return "DATE"; }
    @Override public String visitTime(TimeType t) { return "TIME"; }
    @Override public String visitDateTime(DateTimeType t) { return "DATETIME"; }
    @Override public String visitTimestamp(TimestampType t) { return "TIMESTAMP"; }

    @Override public String visitNumeric(NumericType t) {
        String kw = t.decimalKeyword() ? "DECIMAL" : "NUMERIC";
        if (t.precision() == null) {
            return kw;
        }
        return kw + "(" + t.precision() + (t.scale() == null ? "" : ", " + t.scale()) + ")";
    }

    @Override public String visitFloat(FloatType t) { return t.precision() == null ? "FLOAT" : "FLOAT(" + t.precision() + ")"; }
    @Override public String visitBinary(BinaryType t) { return "BLOB"; }
    @Override public String visitJson(JsonType t) { return "JSON"; }
    @Override public String visitUuid(UuidType t) { return "CHAR(32)"; }
    /** Emulated as a date-time (an offset from the epoch), as SQLAlchemy does without a native interval. */
    @Override public String visitInterval(IntervalType t) { return "DATETIME"; }

    /** Without native enums: a VARCHAR as long as the longest value. */
    @Override public String visitEnum(EnumType t) { return "VARCHAR(" + t.varcharLength() + ")"; }

    @Override public String visitArray(ArrayType t) { throw unsupported("ARRAY"); }

    @Override public String visitDialectType(DialectType t) {
        if (!t.availableOn(dialect.name())) {
            throw new AlembicException("Type " + t.sql() + " is specific to "
                    + t.dialects().stream().sorted().collect(Collectors.joining(", ")) + " and cannot be used on dialect "
                    + dialect.name());
        }
        return t.sql();
    }
}
