package org.alembic4j.autogenerate;

/**
 * Alembic's {@code include_name}: decides by name alone whether a reflected schema, table, column,
 * index or constraint takes part in the comparison. The default schema is passed as null.
 * <pre>{@code context.includeName((name, type, parents) -> type != ObjectType.TABLE || !name.startsWith("tmp_"));}</pre>
 */
@FunctionalInterface
public interface IncludeName {

    /** Everything; a class rather than a lambda, as every command that runs env.java makes the default options. */
    IncludeName ALL = new IncludeName() {
        @Override
        public boolean include(String name, ObjectType type, ParentNames parents) {
            return true;
        }
    };

    boolean include(String name, ObjectType type, ParentNames parents);
}
