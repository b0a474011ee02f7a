package org.alembic4j.schema;

/** An array of another type: PostgreSQL {@code INTEGER[]}, H2 {@code INTEGER ARRAY}; other dialects refuse it. */
public record ArrayType(SqlType elementType) implements SqlType {
    @Override public <R> R accept(TypeVisitor<R> visitor) { return visitor.visitArray(this); }
    @Override public TypeFamily family() { return TypeFamily.ARRAY; }
    @Override public String toJava() { return "array(" + elementType.toJava() + ")"; }
}
