package org.alembic4j.schema;

/** One method per portable type; a dialect's type compiler implements it. */
public interface TypeVisitor<R> {
    R visitInteger(IntegerType type);
    R visitVarchar(VarcharType type);
    R visitChar(CharType type);
    R visitText(TextType type);
    R visitBoolean(BooleanType type);
    R visitDate(DateType type);
    R visitTime(TimeType type);
    R visitDateTime(DateTimeType type);
    R visitTimestamp(TimestampType type);
    R visitNumeric(NumericType type);
    R visitFloat(FloatType type);
    R visitBinary(BinaryType type);
    R visitJson(JsonType type);
    R visitUuid(UuidType type);
    R visitInterval(IntervalType type);
    R visitEnum(EnumType type);
    R visitArray(ArrayType type);
    R visitDialectType(DialectType type);
}
