package org.alembic4j.runtime.testsupport;

import java.nio.file.Path;
import java.util.List;
import org.alembic4j.graph.MigrationStep;
import org.alembic4j.graph.RevisionNode;
import org.alembic4j.graph.VersionChange;

/** Hand-built plan steps, as the graph's planner would produce them. */
public final class Steps {

    private Steps() {
    }

    public static RevisionNode rev(String id, String message, Path path, String... down) {
        return new RevisionNode(id, List.of(down), List.of(), List.of(), message, path);
    }

    /** Upgrade of {@code rev} from its single parent (or from base), moving/inserting the row. */
    public static MigrationStep up(RevisionNode rev) {
        List<String> from = rev.downRevisions();
        VersionChange change = from.isEmpty() ? new VersionChange.Insert(rev.id())
                : new VersionChange.Update(from.get(0), rev.id());
        return new MigrationStep(MigrationStep.Kind.UPGRADE, rev, from, List.of(rev.id()), List.of(change));
    }

    /** Downgrade of {@code rev} to its single parent (or to base). */
    public static MigrationStep down(RevisionNode rev) {
        List<String> to = rev.downRevisions();
        VersionChange change = to.isEmpty() ? new VersionChange.Delete(rev.id())
                : new VersionChange.Update(rev.id(), to.get(0));
        return new MigrationStep(MigrationStep.Kind.DOWNGRADE, rev, List.of(rev.id()), to, List.of(change));
    }

    public static MigrationStep stamp(List<String> from, List<String> to, VersionChange... changes) {
        return new MigrationStep(MigrationStep.Kind.STAMP, null, from, to, List.of(changes));
    }
}
