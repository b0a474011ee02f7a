package org.alembic4j.op;

/** Options of {@code createUniqueConstraint}, {@code createCheckConstraint}, {@code createPrimaryKey}. */
public final class ConstraintOptions extends SchemaOptions<ConstraintOptions> {
    Boolean deferrable;
    String initially;

    public ConstraintOptions deferrable(boolean value) { deferrable = value; return this; }
    public ConstraintOptions initially(String value) { initially = value; return this; }
}
