package org.alembic4j.schema;

/** {@code SMALLINT}, {@code INTEGER} or {@code BIGINT}: SQLAlchemy's SmallInteger, Integer, BigInteger. */
public record IntegerType(Size size) implements SqlType {
    /** The three integer widths. */
    public enum Size { SMALL, REGULAR, BIG }

    @Override public <R> R accept(TypeVisitor<R> visitor) { return visitor.visitInteger(this); }
    @Override public TypeFamily family() { return TypeFamily.INTEGER; }
    @Override public String toJava() {
        return switch (size) { case SMALL -> "SMALLINT"; case REGULAR -> "INTEGER"; case BIG -> "BIGINT"; };
    }
}
