package org.alembic4j.graph;

import java.util.List;

/**
 * One step of a plan: run one revision's upgrade or downgrade (or, for a stamp, nothing), then
 * apply {@link #versionChanges()} to the version table.
 *
 * @param kind            what the step does
 * @param revision        the revision whose script runs; {@code null} for a stamp step
 * @param fromIds         the "from" side of Alembic's {@code Running <kind> <from> -> <to>} line
 * @param toIds           the "to" side of that line
 * @param versionChanges  the version-table statements, in the order they are issued
 */
public record MigrationStep(
        Kind kind,
        RevisionNode revision,
        List<String> fromIds,
        List<String> toIds,
        List<VersionChange> versionChanges) {

    public MigrationStep {
        fromIds = List.copyOf(fromIds);
        toIds = List.copyOf(toIds);
        versionChanges = List.copyOf(versionChanges);
    }

    /** The kinds of step, named as Alembic names them in its log and {@code --sql} comments. */
    public enum Kind {
        UPGRADE("upgrade"), DOWNGRADE("downgrade"), STAMP("stamp_revision");

        private final String logName;

        Kind(String logName) {
            this.logName = logName;
        }

        /** {@code upgrade}, {@code downgrade} or {@code stamp_revision}. */
        public String logName() {
            return logName;
        }
    }

    /** True when the revision's upgrade() runs (false for downgrades and stamps). */
    public boolean isUpgrade() {
        return kind == Kind.UPGRADE;
    }

    /**
     * Alembic's description of the step without the message: {@code upgrade a -> b}, with the
     * id lists comma-joined and empty at base (so {@code upgrade  -> a} has two spaces).
     */
    public String describe() {
        return kind.logName() + " " + String.join(", ", fromIds) + " -> " + String.join(", ", toIds);
    }
}
