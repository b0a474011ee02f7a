package org.alembic4j.runtime;

import java.util.Collection;
import java.util.Map;
import org.alembic4j.graph.RevisionNode;

/**
 * Where revision bodies come from: compiled from the script directory's sources, or classes the
 * application's own build compiled. The runner asks once per run for every revision its plan
 * needs, so a compiling loader can compile them in a single compiler call.
 */
@FunctionalInterface
public interface ScriptLoader {

    /**
     * What this loader's scripts wrote offline on {@code dialect} in earlier runs (see
     * {@link OfflineReplay}); none by default.
     */
    default OfflineReplay offlineReplay(String dialect) {
        return OfflineReplay.NONE;
    }

    /**
     * The scripts of these revisions, keyed by revision id. Throws {@code AlembicException}
     * (naming the file) when one cannot be loaded; then nothing runs.
     */
    Map<String, RevisionScript> load(Collection<RevisionNode> revisions);
}
