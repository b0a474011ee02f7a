package org.alembic4j.autogenerate;

import java.util.Objects;

/**
 * The comparison switches of Alembic's {@code context.configure(...)}, immutable. Start from
 * {@link #defaults()} and change with the {@code with*} methods.
 *
 * @param compareType          compare column types (Alembic's default since 1.12: on)
 * @param compareServerDefault compare server defaults (off by default, as in Alembic)
 * @param includeSchemas       look at every schema of the database, not only the default one and
 *                             the schemas the target names
 * @param includeName          the name filter applied to reflected objects
 * @param includeObject        the object filter applied to both sides
 * @param renderAsBatch        group per-table changes in {@code op.batchAlterTable}: {@code null}
 *                             (the default) does so where the dialect cannot alter tables in place
 *                             (SQLite), which Alembic leaves to the user
 * @param detectRenames        write a column dropped and a column of the same type added in one
 *                             table as a rename, with a comment for the reviewer (on by default;
 *                             Alembic never does)
 * @param compareSequences     add and drop standalone sequences the target names (on by default;
 *                             Alembic never does; sequences owned by a column are always ignored)
 * @param versionTable         the version table, never compared
 * @param versionTableSchema   its schema, or null for the default one
 */
public record AutogenerateOptions(boolean compareType, boolean compareServerDefault, boolean includeSchemas,
        IncludeName includeName, IncludeObject includeObject, Boolean renderAsBatch, boolean detectRenames,
        boolean compareSequences, String versionTable, String versionTableSchema) {

    public AutogenerateOptions {
        includeName = includeName == null ? IncludeName.ALL : includeName;
        includeObject = includeObject == null ? IncludeObject.ALL : includeObject;
        Objects.requireNonNull(versionTable, "versionTable");
    }

    /** Alembic's defaults (types compared, defaults not) plus alembic4j's rename hints and sequences. */
    public static AutogenerateOptions defaults() {
        return new AutogenerateOptions(true, false, false, IncludeName.ALL, IncludeObject.ALL, null, true, true,
                "alembic_version", null);
    }

    public AutogenerateOptions withCompareType(boolean value) {
        return new AutogenerateOptions(value, compareServerDefault, includeSchemas, includeName, includeObject,
                renderAsBatch, detectRenames, compareSequences, versionTable, versionTableSchema);
    }

    public AutogenerateOptions withCompareServerDefault(boolean value) {
        return new AutogenerateOptions(compareType, value, includeSchemas, includeName, includeObject,
                renderAsBatch, detectRenames, compareSequences, versionTable, versionTableSchema);
    }

    public AutogenerateOptions withIncludeSchemas(boolean value) {
        return new AutogenerateOptions(compareType, compareServerDefault, value, includeName, includeObject,
                renderAsBatch, detectRenames, compareSequences, versionTable, versionTableSchema);
    }

    public AutogenerateOptions withIncludeName(IncludeName value) {
        return new AutogenerateOptions(compareType, compareServerDefault, includeSchemas, value, includeObject,
                renderAsBatch, detectRenames, compareSequences, versionTable, versionTableSchema);
    }

    public AutogenerateOptions withIncludeObject(IncludeObject value) {
        return new AutogenerateOptions(compareType, compareServerDefault, includeSchemas, includeName, value,
                renderAsBatch, detectRenames, compareSequences, versionTable, versionTableSchema);
    }

    public AutogenerateOptions withRenderAsBatch(Boolean value) {
        return new AutogenerateOptions(compareType, compareServerDefault, includeSchemas, includeName, includeObject,
                value, detectRenames, compareSequences, versionTable, versionTableSchema);
    }

    public AutogenerateOptions withDetectRenames(boolean value) {
        return new AutogenerateOptions(compareType, compareServerDefault, includeSchemas, includeName, includeObject,
                renderAsBatch, value, compareSequences, versionTable, versionTableSchema);
    }

    public AutogenerateOptions withCompareSequences(boolean value) {
        return new AutogenerateOptions(compareType, compareServerDefault, includeSchemas, includeName, includeObject,
                renderAsBatch, detectRenames, value, versionTable, versionTableSchema);
    }

    public AutogenerateOptions withVersionTable(String name, String schema) {
        return new AutogenerateOptions(compareType, compareServerDefault, includeSchemas, includeName, includeObject,
                renderAsBatch, detectRenames, compareSequences, name, schema);
    }
}
