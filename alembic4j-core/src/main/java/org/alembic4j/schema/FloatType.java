package org.alembic4j.schema;

/** Approximate number: {@code FLOAT} or {@code FLOAT(p)} (SQLite drops the precision). */
public record FloatType(Integer precision) implements SqlType {
    @Override public <R> R accept(TypeVisitor<R> visitor) { return visitor.visitFloat(this); }
    @Override public TypeFamily family() { return TypeFamily.NUMERIC; }
    @Override public String toJava() { return precision == null ? "FLOAT" : "floatType(" + precision + ")"; }
}
