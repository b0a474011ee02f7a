package org.alembic4j.schema;

/** A time of day, optionally with time zone (honoured by PostgreSQL and H2 only). */
public record TimeType(boolean timezone) implements SqlType {
    @Override public <R> R accept(TypeVisitor<R> visitor) { return visitor.visitTime(this); }
    @Override public TypeFamily family() { return TypeFamily.TIME; }
    @Override public String toJava() { return timezone ? "time(true)" : "TIME"; }
}
