package org.alembic4j.schema;

/** A JSON document: {@code JSON} on every dialect. */
public record JsonType() implements SqlType {
    @Override public <R> R accept(TypeVisitor<R> visitor) { return visitor.visitJson(this); }
    @Override public TypeFamily family() { return TypeFamily.JSON; }
    @Override public String toJava() { return "JSON"; }
}
