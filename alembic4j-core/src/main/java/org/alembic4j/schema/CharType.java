package org.alembic4j.schema;

/** Fixed-length {@code CHAR(n)}. */
public record CharType(Integer length) implements SqlType {
    @Override public <R> R accept(TypeVisitor<R> visitor) { return visitor.visitChar(this); }
    @Override public TypeFamily family() { return TypeFamily.STRING; }
    @Override public String toJava() { return length == null ? "character()" : "character(" + length + ")"; }
}
