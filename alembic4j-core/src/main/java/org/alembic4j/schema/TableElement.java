package org.alembic4j.schema;

/** Something that can be listed inside a table definition: a column, a constraint or an index. */
public sealed interface TableElement permits Column, Constraint, Index {
    /** This element as Java source using {@link org.alembic4j.op.Ops}. */
    String toJava();
}
