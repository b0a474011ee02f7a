package org.alembic4j.schema;

/** A UUID: native {@code UUID} on PostgreSQL, MariaDB and H2, {@code CHAR(32)} on MySQL and SQLite (SQLAlchemy 2's Uuid). */
public record UuidType() implements SqlType {
    @Override public <R> R accept(TypeVisitor<R> visitor) { return visitor.visitUuid(this); }
    @Override public TypeFamily family() { return TypeFamily.UUID; }
    @Override public String toJava() { return "UUID"; }
}
