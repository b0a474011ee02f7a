package org.alembic4j.schema;

/**
 * Date and time: SQLAlchemy's DateTime. {@code TIMESTAMP WITHOUT/WITH TIME ZONE} on PostgreSQL,
 * {@code DATETIME} on MySQL, MariaDB and SQLite (which ignore the time zone flag).
 */
public record DateTimeType(boolean timezone) implements SqlType {
    @Override public <R> R accept(TypeVisitor<R> visitor) { return visitor.visitDateTime(this); }
    @Override public TypeFamily family() { return TypeFamily.DATETIME; }
    @Override public String toJava() { return timezone ? "dateTime(true)" : "DATETIME"; }
}
