package org.alembic4j.schema;

/** Unbounded text: {@code TEXT}; SQLAlchemy's Text and UnicodeText. */
public record TextType() implements SqlType {
    @Override public <R> R accept(TypeVisitor<R> visitor) { return visitor.visitText(this); }
    @Override public TypeFamily family() { return TypeFamily.STRING; }
    @Override public String toJava() { return "TEXT"; }
}
