package org.alembic4j.runtime;

import java.util.List;
import java.util.Optional;
import org.alembic4j.graph.RevisionNode;

/**
 * Offline SQL that revision scripts wrote in earlier {@code --sql} runs, for scripts whose output
 * can depend on nothing but their own text and the dialect: such a script need not be loaded and
 * run again, its statements are written as recorded. A {@link ScriptLoader} offers one per
 * dialect; the runner asks it before loading scripts, and tells it what the scripts it did run
 * wrote. Online runs never use it.
 */
public interface OfflineReplay {

    /** No recorded statements, nothing recorded: every script runs. */
    OfflineReplay NONE = new OfflineReplay() {
        @Override
        public Optional<List<String>> statements(RevisionNode revision, boolean upgrade) {
            return Optional.empty();
        }

        @Override
        public boolean records(RevisionNode revision) {
            return false;
        }

        @Override
        public void record(RevisionNode revision, boolean upgrade, List<String> statements) {
            // nothing is kept
        }

        @Override
        public void save() {
            // nothing to write
        }
    };

    /** The statements {@code revision}'s script writes in this direction, if recorded for its current text. */
    Optional<List<String>> statements(RevisionNode revision, boolean upgrade);

    /** Whether what {@code revision}'s loaded script writes may be recorded for later runs. */
    boolean records(RevisionNode revision);

    /** Records what {@code revision}'s script wrote in this direction (only if {@link #records} said so). */
    void record(RevisionNode revision, boolean upgrade, List<String> statements);

    /** Keeps what was recorded for later runs. */
    void save();
}
