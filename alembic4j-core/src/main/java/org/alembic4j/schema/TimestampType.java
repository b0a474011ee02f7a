package org.alembic4j.schema;

/** SQL {@code TIMESTAMP} by name (SQLAlchemy's TIMESTAMP): {@code TIMESTAMP NULL} on MySQL when nullable. */
public record TimestampType(boolean timezone) implements SqlType {
    @Override public <R> R accept(TypeVisitor<R> visitor) { return visitor.visitTimestamp(this); }
    @Override public TypeFamily family() { return TypeFamily.DATETIME; }
    @Override public String toJava() { return "timestamp(" + timezone + ")"; }
}
