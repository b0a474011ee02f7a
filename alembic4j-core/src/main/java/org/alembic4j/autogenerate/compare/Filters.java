package org.alembic4j.autogenerate.compare;

import org.alembic4j.autogenerate.AutogenerateOptions;
import org.alembic4j.autogenerate.ObjectType;
import org.alembic4j.autogenerate.ParentNames;

/** The user's include_name and include_object filters. */
record Filters(AutogenerateOptions options) {

    /** include_name: applies to reflected objects only, as in Alembic. */
    boolean reflectedName(String name, ObjectType type, String schema, String table) {
        return options.includeName().include(name, type, new ParentNames(schema, table));
    }

    /** include_object, for an object of either side. */
    boolean object(Object object, String name, ObjectType type, boolean reflected, Object compareTo) {
        return options.includeObject().include(object, name, type, reflected, compareTo);
    }

    /** Both filters for a reflected object. */
    boolean reflected(Object object, String name, ObjectType type, String schema, String table, Object compareTo) {
        return reflectedName(name, type, schema, table) && object(object, name, type, true, compareTo);
    }
}
