package org.alembic4j.schema;

/** Bytes: SQLAlchemy's LargeBinary. {@code BYTEA} on PostgreSQL, {@code BLOB[(n)]} elsewhere. */
public record BinaryType(Integer length) implements SqlType {
    @Override public <R> R accept(TypeVisitor<R> visitor) { return visitor.visitBinary(this); }
    @Override public TypeFamily family() { return TypeFamily.BINARY; }
    @Override public String toJava() { return length == null ? "BINARY" : "binary(" + length + ")"; }
}
