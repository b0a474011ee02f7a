package org.alembic4j.autogenerate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.StringJoiner;
import org.alembic4j.autogenerate.compare.ComparisonResult;
import org.alembic4j.autogenerate.compare.OperationGroup;
import org.alembic4j.autogenerate.compare.PlannedOperation;
import org.alembic4j.autogenerate.render.ScriptRenderer;
import org.alembic4j.internal.concurrent.BackgroundTask;
import org.alembic4j.op.MigrationOperation;

/**
 * The result of comparing a target with a database: the differences, the operations that make
 * the database match (and undo that), and their Java source for a revision script.
 *
 * <p>For {@code revision --autogenerate}: pass {@link #imports()}, {@link #renderUpgrade()} and
 * {@link #renderDowngrade()} to the revision template. For {@code check}: {@link #isEmpty()} and
 * {@link #describe()}. For {@code --verbose}: {@link #report()}.
 */
public final class Diff {

    private final List<OperationGroup> upgrade;
    private final List<OperationGroup> downgrade;
    private final List<DetectedChange> changes;
    private final List<String> report;
    private final ScriptRenderer renderer;
    private final int catalogQueries;
    private String upgradeJava;
    private String downgradeJava;

    Diff(ComparisonResult result, boolean batch, int catalogQueries) {
        this.upgrade = result.groups();
        this.downgrade = reverse(result.groups());
        this.changes = result.changes();
        this.renderer = new ScriptRenderer(batch);
        this.catalogQueries = catalogQueries;
        List<String> lines = new ArrayList<>(result.report());
        lines.add(catalogQueries + " catalog queries" + (batch ? "; per-table changes rendered as batch operations" : ""));
        this.report = List.copyOf(lines);
    }

    /** True when the database already matches the target. */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The differences, in the order found. */
    public List<DetectedChange> changes() {
        return changes;
    }

    /** One readable line per difference, e.g. {@code add_column: added column 'account.email'}. */
    public List<String> describe() {
        return changes.stream().map(DetectedChange::toString).toList();
    }

    /** The operations that bring the database to the target, in order (batch blocks where rendered as batch). */
    public List<MigrationOperation> upgradeOperations() {
        return renderer.operations(upgrade);
    }

    /** The operations that undo {@link #upgradeOperations()}, in order. */
    public List<MigrationOperation> downgradeOperations() {
        return renderer.operations(downgrade);
    }

    /** The body of {@code upgrade()}: Java, each line indented 8 spaces. */
    public String renderUpgrade() {
        renderBodies();
        return upgradeJava;
    }

    /** The body of {@code downgrade()}. */
    public String renderDowngrade() {
        renderBodies();
        return downgradeJava;
    }

    /**
     * Renders both bodies once (imports() reads both). 500 tables take tens of milliseconds per
     * body in a cold JVM, so a large downgrade is rendered on a second thread meanwhile: the
     * renderer holds no state, and the operations are immutable values.
     */
    private synchronized void renderBodies() {
        if (upgradeJava != null) {
            return;
        }
        if (upgrade.size() + downgrade.size() < PARALLEL_RENDER_GROUPS
                && operationCount() < PARALLEL_RENDER_OPERATIONS) {
            upgradeJava = renderer.render(upgrade);
            downgradeJava = renderer.render(downgrade);
            return;
        }
        BackgroundTask<String> down = BackgroundTask.start("alembic4j-render", new Rendering(renderer, downgrade));
        String up = renderer.render(upgrade);
        downgradeJava = down.join();
        upgradeJava = up;
    }

    /**
     * One side's rendering, for the other thread: a named class rather than a lambda, which the
     * class-data training (a small schema, rendered on one thread) would never link, so every
     * large autogenerate would generate it afresh.
     */
    private static final class Rendering implements java.util.concurrent.Callable<String> {
        private final ScriptRenderer renderer;
        private final List<OperationGroup> groups;

        Rendering(ScriptRenderer renderer, List<OperationGroup> groups) {
            this.renderer = renderer;
            this.groups = groups;
        }

        @Override
        public String call() {
            return renderer.render(groups);
        }
    }

    /** Below these sizes a second thread costs more than it saves. */
    private static final int PARALLEL_RENDER_GROUPS = 40;
    private static final int PARALLEL_RENDER_OPERATIONS = 40;

    private int operationCount() {
        int n = 0;
        for (OperationGroup g : upgrade) {
            n += g.operations().size();
        }
        return n;
    }

    /** The import lines the rendered bodies need, for the template's {@code imports}. */
    public String imports() {
        String code = renderUpgrade() + "\n" + renderDowngrade();
        StringJoiner out = new StringJoiner("\n");
        out.add("import static org.alembic4j.op.Ops.*;");
        out.add("");
        if (code.contains("List.of(")) {
            out.add("import java.util.List;");
        }
        if (code.contains("ConstraintType.")) {
            out.add("import org.alembic4j.schema.ConstraintType;");
        }
        return out.toString().strip();
    }

    /** For {@code --verbose}: what was compared, and why nothing was found when nothing was. */
    public List<String> report() {
        return report;
    }

    /** How many catalog queries the reflection ran (the same for 5 or 500 tables). */
    public int catalogQueries() {
        return catalogQueries;
    }

    private static List<OperationGroup> reverse(List<OperationGroup> groups) {
        List<OperationGroup> out = new ArrayList<>();
        for (OperationGroup g : groups) {
            List<PlannedOperation> ops = new ArrayList<>();
            for (PlannedOperation p : g.operations()) {
                MigrationOperation undo = p.operation().reverse().orElseThrow(() -> new IllegalStateException(
                        "autogenerate produced an operation without a known reverse: " + p.operation().toJava()));
                ops.add(new PlannedOperation(undo, p.note()));
            }
            Collections.reverse(ops);
            out.add(new OperationGroup(g.schema(), g.table(), ops));
        }
        Collections.reverse(out);
        return List.copyOf(out);
    }
}
