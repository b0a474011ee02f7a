package org.alembic4j.graph;

/**
 * One statement on the version table, as Alembic's head bookkeeping issues it for a step.
 * Applying a step's changes in order to the set of stored heads gives the new set.
 */
public sealed interface VersionChange {

    /** A new row: a new branch, or a base revision. */
    record Insert(String version) implements VersionChange { }

    /** A row moves from one revision to another. */
    record Update(String from, String to) implements VersionChange { }

    /** A row goes away (merged into another, or downgraded past a base). */
    record Delete(String version) implements VersionChange { }
}
