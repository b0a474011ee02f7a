package org.alembic4j.schema;

/** A duration: native {@code INTERVAL} on PostgreSQL, emulated as {@code DATETIME} on MySQL and SQLite. */
public record IntervalType() implements SqlType {
    @Override public <R> R accept(TypeVisitor<R> visitor) { return visitor.visitInterval(this); }
    @Override public TypeFamily family() { return TypeFamily.INTERVAL; }
    @Override public String toJava() { return "INTERVAL"; }
}
