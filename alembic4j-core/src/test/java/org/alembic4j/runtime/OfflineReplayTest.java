package org.alembic4j.runtime;

import static org.alembic4j.runtime.testsupport.Steps.rev;
import static org.alembic4j.runtime.testsupport.Steps.up;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alembic4j.graph.MigrationStep;
import org.alembic4j.graph.RevisionNode;
import org.alembic4j.runtime.testsupport.Runners;
import org.junit.jupiter.api.Test;

/**
 * The runner's side of offline replay: steps whose statements are recorded are written without
 * loading their scripts, the others are loaded in one batch and run, and what the recordable ones
 * wrote is handed back to be kept; the output is the same either way.
 */
class OfflineReplayTest {

    private final RevisionNode a = rev("aaaa00000001", "a", null);
    private final RevisionNode b = rev("aaaa00000002", "b", null, a.id());
    private final RevisionNode c = rev("aaaa00000003", "c", null, b.id());
    private final List<MigrationStep> steps = List.of(up(a), up(b), up(c));

    /** Scripts that write "CREATE TABLE <id>" (and, for c, also static output); records what it is asked to load. */
    private final class Loader implements ScriptLoader {
        final List<List<String>> loads = new ArrayList<>();
        final Replay replay = new Replay();

        @Override
        public Map<String, RevisionScript> load(Collection<RevisionNode> revisions) {
            loads.add(revisions.stream().map(RevisionNode::id).toList());
            Map<String, RevisionScript> scripts = new LinkedHashMap<>();
            for (RevisionNode r : revisions) {
                scripts.put(r.id(), (context, op, upgrade) -> {
                    op.execute("CREATE TABLE t_" + r.id() + " (id INTEGER)");
                    op.execute("CREATE INDEX ix_" + r.id() + " ON t_" + r.id() + " (id)");
                    if (r == c) {
                        context.staticOutput("-- written by hand");
                    }
                });
            }
            return scripts;
        }

        @Override
        public OfflineReplay offlineReplay(String dialect) {
            replay.dialect = dialect;
            return replay;
        }
    }

    private static final class Replay implements OfflineReplay {
        final Map<String, List<String>> known = new HashMap<>();
        final Map<String, List<String>> recorded = new LinkedHashMap<>();
        String dialect;
        int saves;

        @Override
        public Optional<List<String>> statements(RevisionNode revision, boolean upgrade) {
            return Optional.ofNullable(known.get(revision.id() + upgrade));
        }

        @Override
        public boolean records(RevisionNode revision) {
            return !revision.id().equals("aaaa00000002");
        }

        @Override
        public void record(RevisionNode revision, boolean upgrade, List<String> statements) {
            recorded.put(revision.id() + upgrade, statements);
        }

        @Override
        public void save() {
            saves++;
        }
    }

    private String run(ScriptLoader loader) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (MigrationRunner runner = Runners.offline("postgresql://u@h/db", out, Set.of())) {
            runner.run(heads -> steps, loader);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void recordedStepsAreWrittenWithoutLoadingTheirScripts() {
        Loader first = new Loader();
        String fresh = run(first);
        assertThat(first.loads).containsExactly(List.of(a.id(), b.id(), c.id()));
        assertThat(first.replay.dialect).isEqualTo("postgresql");
        // a recorded; b not recordable; c wrote static output, which statements alone can't replay
        assertThat(first.replay.recorded).containsOnlyKeys(a.id() + true);
        assertThat(first.replay.recorded.get(a.id() + true)).containsExactly(
                "CREATE TABLE t_aaaa00000001 (id INTEGER)", "CREATE INDEX ix_aaaa00000001 ON t_aaaa00000001 (id)");
        assertThat(first.replay.saves).isEqualTo(1);

        Loader second = new Loader();
        second.replay.known.putAll(first.replay.recorded);
        String replayed = run(second);
        assertThat(second.loads).containsExactly(List.of(b.id(), c.id()));
        assertThat(second.replay.recorded).isEmpty();
        assertThat(replayed).isEqualTo(fresh).contains("-- Running upgrade  -> aaaa00000001\n\n"
                + "CREATE TABLE t_aaaa00000001 (id INTEGER);\n\n"
                + "CREATE INDEX ix_aaaa00000001 ON t_aaaa00000001 (id);\n\n"
                + "INSERT INTO alembic_version (version_num) VALUES ('aaaa00000001');\n\n");
    }

    @Test
    void onlineRunsNeverAskForRecordedStatements() throws Exception {
        Loader loader = new Loader();
        java.nio.file.Path db = java.nio.file.Files.createTempFile("replay", ".db");
        try (MigrationRunner runner = Runners.online("sqlite:///" + db)) {
            runner.run(heads -> steps, loader);
        } finally {
            java.nio.file.Files.deleteIfExists(db);
        }
        assertThat(loader.replay.dialect).isNull();
        assertThat(loader.loads).containsExactly(List.of(a.id(), b.id(), c.id()));
    }
}
