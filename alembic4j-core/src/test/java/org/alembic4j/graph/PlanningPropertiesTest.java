package org.alembic4j.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

/**
 * Random revision graphs (merges, several bases, dependencies across branches): planning from any
 * consistent state up to {@code heads} and back down to {@code base} keeps the version table equal
 * to the tips of the applied revisions after every single step.
 */
class PlanningPropertiesTest {

    /**
     * A random graph. With {@code antichains}, the parents and dependency of a revision are never
     * ancestors of one another: that is where the tips invariant holds step by step in Alembic
     * (a dependency on one's own ancestor makes Alembic 1.20 re-insert it next to its descendant
     * when un-merging, which the conformance goldens require).
     */
    private static RevisionMap randomGraph(long seed, int size, boolean antichains) {
        Random random = new Random(seed);
        List<RevisionNode> nodes = new ArrayList<>();
        List<Set<String>> ancestry = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            String id = String.format("r%03d", i);
            List<String> parents = new ArrayList<>();
            List<String> deps = new ArrayList<>();
            int roll = random.nextInt(10);
            if (i > 0 && roll >= 2) {
                parents.add(nodes.get(random.nextInt(i)).id());
                if (roll >= 8) {
                    addIfAllowed(parents, nodes.get(random.nextInt(i)).id(), nodes, ancestry, antichains);
                }
            }
            if (i > 0 && random.nextInt(10) < 3) {
                List<String> all = new ArrayList<>(parents);
                if (addIfAllowed(all, nodes.get(random.nextInt(i)).id(), nodes, ancestry, antichains)) {
                    deps.add(all.get(all.size() - 1));
                }
            }
            Set<String> anc = new HashSet<>();
            for (String p : parents) {
                anc.add(p);
                anc.addAll(ancestry.get(index(p)));
            }
            for (String d : deps) {
                anc.add(d);
                anc.addAll(ancestry.get(index(d)));
            }
            ancestry.add(anc);
            nodes.add(new RevisionNode(id, parents, List.of(), deps, "revision " + i, null));
        }
        return RevisionMap.build(nodes);
    }

    private static int index(String id) {
        return Integer.parseInt(id.substring(1));
    }

    private static boolean addIfAllowed(List<String> downs, String candidate, List<RevisionNode> nodes,
                                        List<Set<String>> ancestry, boolean antichains) {
        if (downs.contains(candidate)) {
            return false;
        }
        if (antichains) {
            for (String d : downs) {
                if (ancestry.get(index(d)).contains(candidate) || ancestry.get(index(candidate)).contains(d)) {
                    return false;
                }
            }
        }
        downs.add(candidate);
        return true;
    }

    /** The applied revisions that are no other applied revision's ancestor. */
    private static Set<String> tips(RevisionMap map, Set<String> applied) {
        Set<String> tips = new HashSet<>(applied);
        for (String id : applied) {
            Set<String> below = new HashSet<>(map.ancestors(List.of(id), true));
            below.remove(id);
            tips.removeAll(below);
        }
        return tips;
    }

    /** A consistent starting state: the ancestors of a random subset, stored as their tips. */
    private static Set<String> randomApplied(RevisionMap map, Random random) {
        List<String> chosen = new ArrayList<>();
        for (RevisionNode node : map.nodes()) {
            if (random.nextInt(4) == 0) {
                chosen.add(node.id());
            }
        }
        return new LinkedHashSet<>(map.ancestors(chosen, true));
    }

    @Test
    void upgradeToHeadsThenDowngradeToBaseKeepsRowsEqualToTheTips() {
        qt().withExamples(300).forAll(longs().all(), integers().between(1, 14)).checkAssert((seed, size) -> {
            RevisionMap map = randomGraph(seed, size, true);
            MigrationPlanner planner = new MigrationPlanner(map);
            Set<String> applied = randomApplied(map, new Random(seed ^ 0x5DEECE66DL));
            List<String> rows = new ArrayList<>(tips(map, applied));

            for (MigrationStep step : planner.upgrade(rows, "heads")) {
                String id = step.revision().id();
                assertThat(applied).as("upgraded twice: %s", id).doesNotContain(id);
                assertThat(applied).as("parents of %s applied first", id)
                        .containsAll(map.normalizedDownRevisions(id));
                applied.add(id);
                rows = MigrationPlanner.applyChanges(rows, step.versionChanges());
                assertThat(new HashSet<>(rows)).as("rows after upgrading %s", id).isEqualTo(tips(map, applied));
            }
            assertThat(applied).hasSize(map.nodes().size());
            assertThat(new HashSet<>(rows)).isEqualTo(new HashSet<>(map.realHeads()));
            assertThat(planner.upgrade(rows, "heads")).isEmpty();

            for (MigrationStep step : planner.downgrade(rows, "base")) {
                String id = step.revision().id();
                assertThat(applied).as("downgraded twice: %s", id).contains(id);
                applied.remove(id);
                for (String other : applied) {
                    assertThat(map.ancestors(List.of(other), true)).as("%s still needs %s", other, id).doesNotContain(id);
                }
                rows = MigrationPlanner.applyChanges(rows, step.versionChanges());
                assertThat(new HashSet<>(rows)).as("rows after downgrading %s", id).isEqualTo(tips(map, applied));
            }
            assertThat(applied).isEmpty();
            assertThat(rows).isEmpty();
        });
    }

    @Test
    void anyGraphRunsEveryRevisionOnceWithConsistentStatements() {
        qt().withExamples(300).forAll(longs().all(), integers().between(1, 14)).checkAssert((seed, size) -> {
            RevisionMap map = randomGraph(seed, size, false);
            MigrationPlanner planner = new MigrationPlanner(map);
            List<MigrationStep> up = planner.upgrade(List.of(), "heads");
            assertThat(up).extracting(s -> s.revision().id()).doesNotHaveDuplicates().hasSize(size);
            List<String> rows = replayConsistently(List.of(), up);
            assertThat(new HashSet<>(rows)).isEqualTo(new HashSet<>(map.realHeads()));
            List<MigrationStep> down = planner.downgrade(rows, "base");
            assertThat(down).extracting(s -> s.revision().id()).doesNotHaveDuplicates().hasSize(size);
            assertThat(replayConsistently(rows, down)).isEmpty();
        });
    }

    /** Applies the statements, failing on an INSERT of a present row or an UPDATE/DELETE of an absent one. */
    private static List<String> replayConsistently(List<String> start, List<MigrationStep> steps) {
        Set<String> rows = new LinkedHashSet<>(start);
        for (MigrationStep step : steps) {
            for (VersionChange change : step.versionChanges()) {
                if (change instanceof VersionChange.Insert insert) {
                    assertThat(rows).as("insert in %s", step.describe()).doesNotContain(insert.version());
                } else if (change instanceof VersionChange.Update update) {
                    assertThat(rows).as("update in %s", step.describe()).contains(update.from())
                            .doesNotContain(update.to());
                } else if (change instanceof VersionChange.Delete delete) {
                    assertThat(rows).as("delete in %s", step.describe()).contains(delete.version());
                }
                change.applyTo(rows);
            }
        }
        return new ArrayList<>(rows);
    }
}
