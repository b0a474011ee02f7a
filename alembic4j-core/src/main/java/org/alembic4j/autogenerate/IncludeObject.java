package org.alembic4j.autogenerate;

/**
 * Alembic's {@code include_object}: decides whether an object takes part in the comparison,
 * seeing its definition. {@code object} is a {@link org.alembic4j.schema.Table},
 * {@link org.alembic4j.schema.Column}, {@link org.alembic4j.schema.Index},
 * {@link org.alembic4j.schema.UniqueConstraint} or {@link org.alembic4j.schema.ForeignKeyConstraint};
 * {@code reflected} says whether it comes from the database; {@code compareTo} is the other side's
 * object, or null when there is none.
 * <pre>{@code context.includeObject((object, name, type, reflected, compareTo) ->
 *         !(type == ObjectType.COLUMN && name.equals("legacy")));}</pre>
 */
@FunctionalInterface
public interface IncludeObject {

    /** Everything; a class rather than a lambda, as every command that runs env.java makes the default options. */
    IncludeObject ALL = new IncludeObject() {
        @Override
        public boolean include(Object object, String name, ObjectType type, boolean reflected, Object compareTo) {
            return true;
        }
    };

    boolean include(Object object, String name, ObjectType type, boolean reflected, Object compareTo);
}
