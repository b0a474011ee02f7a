package org.alembic4j.schema;

/**
 * A boolean. With {@code createConstraint}, dialects without a native boolean (MySQL, SQLite)
 * also get {@code CONSTRAINT <constraintName> CHECK (col IN (0, 1))}, as SQLAlchemy does.
 */
public record BooleanType(boolean createConstraint, String constraintName) implements SqlType {
    @Override public <R> R accept(TypeVisitor<R> visitor) { return visitor.visitBoolean(this); }
    @Override public TypeFamily family() { return TypeFamily.BOOLEAN; }

    /** The same type that also gets a CHECK constraint named {@code name} where booleans are not native. */
    public BooleanType withConstraint(String name) { return new BooleanType(true, name); }

    @Override public String toJava() {
        if (!createConstraint) {
            return "BOOLEAN";
        }
        return "BOOLEAN.withConstraint(" + JavaSource.string(constraintName) + ")";
    }
}
