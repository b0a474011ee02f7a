package org.alembic4j.graph;

import java.util.Set;

/**
 * One statement on the version table, as Alembic's head bookkeeping issues it for a step.
 * Applying a step's changes in order to the set of stored heads gives the new set.
 */
public sealed interface VersionChange {

    /** Applies this statement to a set of rows. */
    void applyTo(Set<String> rows);

    /** A new row: a new branch, or a base revision. */
    record Insert(String version) implements VersionChange {
        @Override
        public void applyTo(Set<String> rows) {
            rows.add(version);
        }
    }

    /** A row moves from one revision to another. */
    record Update(String from, String to) implements VersionChange {
        @Override
        public void applyTo(Set<String> rows) {
            rows.remove(from);
            rows.add(to);
        }
    }

    /** A row goes away (merged into another, or downgraded past a base). */
    record Delete(String version) implements VersionChange {
        @Override
        public void applyTo(Set<String> rows) {
            rows.remove(version);
        }
    }
}
