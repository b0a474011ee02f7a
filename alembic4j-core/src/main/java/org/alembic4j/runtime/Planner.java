package org.alembic4j.runtime;

import java.util.List;
import java.util.Set;
import org.alembic4j.graph.MigrationStep;

/**
 * Plans a run from the heads the database has at the moment the run holds its lock. The runner
 * calls it after taking the lock, so a process that waited for another one plans from where
 * that one left the database.
 */
@FunctionalInterface
public interface Planner {

    /** The steps to run from {@code currentHeads} (sorted, unmodifiable); empty when nothing is to be done. */
    List<MigrationStep> plan(Set<String> currentHeads);
}
