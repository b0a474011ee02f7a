package org.alembic4j.schema;

/** A calendar date: {@code DATE}. */
public record DateType() implements SqlType {
    @Override public <R> R accept(TypeVisitor<R> visitor) { return visitor.visitDate(this); }
    @Override public TypeFamily family() { return TypeFamily.DATE; }
    @Override public String toJava() { return "DATE"; }
}
