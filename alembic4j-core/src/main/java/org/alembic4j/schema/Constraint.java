package org.alembic4j.schema;

import java.util.List;

/** A table constraint; {@link #name()} may be null (unnamed, or named by a naming convention). */
public sealed interface Constraint extends TableElement
        permits PrimaryKeyConstraint, UniqueConstraint, ForeignKeyConstraint, CheckConstraint, ExcludeConstraint {

    String name();

    /** The same constraint with another name. */
    Constraint named(String newName);

    ConstraintType type();

    /** The local columns the constraint covers (empty for CHECK and EXCLUDE). */
    List<String> columns();
}
