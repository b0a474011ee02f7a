package org.alembic4j.command;

import java.util.List;

/**
 * The options of {@code alembic revision}.
 *
 * @param message       {@code -m}; null gives Alembic's "empty message"
 * @param autogenerate  {@code --autogenerate}
 * @param sql           {@code --sql} (meaningful only with {@code revision_environment})
 * @param head          {@code --head}; null means {@code head}
 * @param splice        {@code --splice}
 * @param branchLabel   {@code --branch-label}, or null
 * @param versionPath   {@code --version-path}, or null
 * @param revId         {@code --rev-id}, or null for a random id
 * @param dependsOn     {@code --depends-on} values, in order
 * @param format        {@code java} or {@code sql}; null for the ini's {@code revision_format}
 * @param verbose       with autogenerate: say what was compared
 */
public record RevisionOptions(String message, boolean autogenerate, boolean sql, String head, boolean splice,
                              String branchLabel, String versionPath, String revId, List<String> dependsOn,
                              String format, boolean verbose) {

    public RevisionOptions {
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
    }

    /** Just a message, everything else defaulted. */
    public static RevisionOptions withMessage(String message) {
        return new RevisionOptions(message, false, false, null, false, null, null, null, List.of(), null, false);
    }
}
