package org.alembic4j.schema;

/**
 * A portable column type: what a column holds, independent of any database. Each dialect maps
 * it to its own native type the way SQLAlchemy does ({@code Integer} is {@code INTEGER}
 * everywhere, {@code DateTime} is {@code TIMESTAMP WITHOUT TIME ZONE} on PostgreSQL and
 * {@code DATETIME} on MySQL, ...). Build them with the factories of {@link org.alembic4j.op.Ops}.
 */
public sealed interface SqlType permits IntegerType, VarcharType, CharType, TextType, BooleanType, DateType,
        TimeType, DateTimeType, TimestampType, NumericType, FloatType, BinaryType, JsonType, UuidType,
        IntervalType, EnumType, ArrayType, DialectType {

    /** Double dispatch to the type compiler of a dialect. */
    <R> R accept(TypeVisitor<R> visitor);

    /** The broad kind of value, used to decide whether batch mode must CAST when copying rows. */
    TypeFamily family();

    /** This type as Java source using {@link org.alembic4j.op.Ops}, e.g. {@code string(50)}. */
    String toJava();
}
