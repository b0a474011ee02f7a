package org.alembic4j.schema;

/** Exact number: {@code NUMERIC(p, s)}, or {@code DECIMAL(p, s)} when written with that keyword. */
public record NumericType(Integer precision, Integer scale, boolean decimalKeyword) implements SqlType {
    @Override public <R> R accept(TypeVisitor<R> visitor) { return visitor.visitNumeric(this); }
    @Override public TypeFamily family() { return TypeFamily.NUMERIC; }
    @Override public String toJava() {
        String fn = decimalKeyword ? "decimal" : "numeric";
        if (precision == null) {
            return decimalKeyword ? "decimal()" : "NUMERIC";
        }
        return fn + "(" + precision + (scale == null ? "" : ", " + scale) + ")";
    }
}
