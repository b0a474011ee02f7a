package org.alembic4j.schema;

/** {@code VARCHAR(n)}; SQLAlchemy's String(n) and Unicode(n). A null length is {@code VARCHAR} (not on MySQL). */
public record VarcharType(Integer length) implements SqlType {
    @Override public <R> R accept(TypeVisitor<R> visitor) { return visitor.visitVarchar(this); }
    @Override public TypeFamily family() { return TypeFamily.STRING; }
    @Override public String toJava() { return length == null ? "string()" : "string(" + length + ")"; }
}
