package org.alembic4j.graph;

import static org.alembic4j.graph.ExampleGraphs.ACCOUNT;
import static org.alembic4j.graph.ExampleGraphs.EMAIL;
import static org.alembic4j.graph.ExampleGraphs.MERGE;
import static org.alembic4j.graph.ExampleGraphs.NET;
import static org.alembic4j.graph.ExampleGraphs.NET_INDEX;
import static org.alembic4j.graph.ExampleGraphs.ONE;
import static org.alembic4j.graph.ExampleGraphs.REPORTING;
import static org.alembic4j.graph.ExampleGraphs.TWO;
import static org.alembic4j.graph.ExampleGraphs.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.alembic4j.AlembicException;
import org.junit.jupiter.api.Test;

class RevisionMapTest {

    @Test
    void derivedFactsOfTheExampleGraph() {
        RevisionMap map = ExampleGraphs.graph();
        assertThat(map.heads()).containsExactly(MERGE, NET_INDEX);
        assertThat(map.realHeads()).containsExactly(MERGE, NET_INDEX);
        assertThat(map.bases()).containsExactly(ACCOUNT, NET);
        assertThat(map.children(EMAIL)).containsExactly(ONE, TWO);
        assertThat(map.allChildren(ONE)).containsExactly(MERGE, NET_INDEX);
        assertThat(map.isBranchPoint(EMAIL)).isTrue();
        assertThat(map.isBranchPoint(ONE)).isFalse();
        assertThat(map.isRealBranchPoint(ONE)).isTrue();
        assertThat(map.isMergePoint(MERGE)).isTrue();
        assertThat(map.isBase(NET)).isTrue();
        assertThat(map.resolvedDependencies(NET_INDEX)).containsExactly(ONE);
        assertThat(map.normalizedDownRevisions(NET_INDEX)).containsExactly(NET, ONE);
    }

    @Test
    void effectiveHeadIsAHeadButNotARealHead() {
        RevisionMap map = ExampleGraphs.graphWithDependency();
        assertThat(map.heads()).containsExactly(MERGE, REPORTING);
        assertThat(map.realHeads()).containsExactly(REPORTING);
        assertThat(map.isEffectiveHead(MERGE)).isTrue();
        assertThat(map.isEffectiveHead(REPORTING)).isFalse();
    }

    @Test
    void labelsReachDescendantsButNotAncestorsAboveABranchPoint() {
        RevisionMap map = ExampleGraphs.graph();
        assertThat(map.branchLabels(TWO)).containsExactly("feature");
        assertThat(map.branchLabels(MERGE)).containsExactly("feature");
        assertThat(map.branchLabels(EMAIL)).isEmpty();
        assertThat(map.branchLabels(ONE)).isEmpty();
        assertThat(map.branchLabels(NET)).containsExactly("networking");
        assertThat(map.branchLabels(NET_INDEX)).containsExactly("networking");
    }

    @Test
    void aLabelInAnUnbranchedChainCoversTheWholeChain() {
        RevisionMap map = RevisionMap.build(List.of(
                node("a1a1", "one"),
                node("b2b2", "two", List.of("a1a1"), List.of("mid"), List.of()),
                node("c3c3", "three", "b2b2")));
        assertThat(map.branchLabels("a1a1")).containsExactly("mid");
        assertThat(map.branchLabels("b2b2")).containsExactly("mid");
        assertThat(map.branchLabels("c3c3")).containsExactly("mid");
    }

    @Test
    void theDownwardWalkStopsAtABranchPointCountingDependents() {
        // x1 -> x2(label) -> x3, and y1 depends on x1: x1 is a real branch point, so not labelled.
        RevisionMap map = RevisionMap.build(List.of(
                node("x1x1", "x one"),
                node("x2x2", "x two", List.of("x1x1"), List.of("lab"), List.of()),
                node("x3x3", "x three", "x2x2"),
                node("y1y1", "y one", List.of(), List.of(), List.of("x1x1"))));
        assertThat(map.branchLabels("x2x2")).containsExactly("lab");
        assertThat(map.branchLabels("x3x3")).containsExactly("lab");
        assertThat(map.branchLabels("x1x1")).isEmpty();
    }

    @Test
    void aMergeAboveTheLabelStopsTheDownwardWalk() {
        // b(label) -> m (merge of b and c) -> t: the walk from t stops at the merge, a gets nothing.
        RevisionMap map = RevisionMap.build(List.of(
                node("aaaa", "a"),
                node("bbbb", "b", List.of("aaaa"), List.of("lab"), List.of()),
                node("cccc", "c"),
                node("mmmm", "m", "bbbb", "cccc"),
                node("tttt", "t", "mmmm")));
        assertThat(map.branchLabels("mmmm")).containsExactly("lab");
        assertThat(map.branchLabels("tttt")).containsExactly("lab");
        assertThat(map.branchLabels("aaaa")).isEmpty();
        assertThat(map.branchLabels("cccc")).isEmpty();
    }

    @Test
    void inheritedLabelsAccumulateAndAreSorted() {
        RevisionMap map = RevisionMap.build(List.of(
                node("aaaa", "a", List.of(), List.of("zeta"), List.of()),
                node("bbbb", "b", List.of("aaaa"), List.of("alpha"), List.of())));
        assertThat(map.branchLabels("aaaa")).containsExactly("alpha", "zeta");
        assertThat(map.branchLabels("bbbb")).containsExactly("alpha", "zeta");
    }

    @Test
    void normalizedDependenciesDropWhatAnAncestorAlreadyDependsOn() {
        RevisionMap map = RevisionMap.build(List.of(
                node("dddd", "dep"),
                node("aaaa", "a", List.of(), List.of(), List.of("dddd")),
                node("bbbb", "b", List.of("aaaa"), List.of(), List.of("dddd"))));
        assertThat(map.resolvedDependencies("bbbb")).containsExactly("dddd");
        assertThat(map.normalizedDependencies("bbbb")).isEmpty();
        assertThat(map.normalizedDownRevisions("bbbb")).containsExactly("aaaa");
        assertThat(map.normalizedDependencies("aaaa")).containsExactly("dddd");
    }

    @Test
    void aDependencyOnALabelResolvesToTheLabelledRevision() {
        RevisionMap map = RevisionMap.build(List.of(
                node("aaaa", "a", List.of(), List.of("cedar"), List.of()),
                node("bbbb", "b", List.of(), List.of(), List.of("cedar"))));
        assertThat(map.resolvedDependencies("bbbb")).containsExactly("aaaa");
        assertThat(map.isEffectiveHead("aaaa")).isTrue();
    }

    @Test
    void duplicateIdNamesBothFiles() {
        assertThatThrownBy(() -> RevisionMap.build(List.of(
                new RevisionNode("abcd", List.of(), List.of(), List.of(), "a", Path.of("/v/abcd_one.py")),
                new RevisionNode("abcd", List.of(), List.of(), List.of(), "b", Path.of("/v/abcd_two.py")))))
                .isInstanceOf(AlembicException.class)
                .hasMessage("Revision abcd is present more than once: /v/abcd_one.py and /v/abcd_two.py");
    }

    @Test
    void unknownDownRevisionNamesTheReferencingRevisionAndFile() {
        assertThatThrownBy(() -> RevisionMap.build(List.of(
                new RevisionNode("abcd", List.of("ffff"), List.of(), List.of(), "a", Path.of("/v/abcd_x.py")))))
                .isInstanceOf(AlembicException.class)
                .hasMessage("Revision ffff referenced from down_revision of revision abcd (/v/abcd_x.py) is not present");
    }

    @Test
    void unknownDependencyNamesTheReferencingRevisionAndFile() {
        assertThatThrownBy(() -> RevisionMap.build(List.of(
                new RevisionNode("abcd", List.of(), List.of(), List.of("nope"), "a", Path.of("/v/abcd_x.py")))))
                .isInstanceOf(AlembicException.class)
                .hasMessage("Revision nope referenced from depends_on of revision abcd (/v/abcd_x.py) is not present");
    }

    @Test
    void cyclesAreDetected() {
        assertThatThrownBy(() -> RevisionMap.build(List.of(
                node("root", "root"),
                node("bbbb", "b", "cccc"),
                node("cccc", "c", "bbbb"))))
                .isInstanceOf(AlembicException.class)
                .hasMessageStartingWith("Cycle is detected in revisions (bbbb, cccc); files: ");
        assertThatThrownBy(() -> RevisionMap.build(List.of(
                node("bbbb", "b", "cccc"),
                node("cccc", "c", "bbbb"))))
                .hasMessageStartingWith("Cycle is detected in revisions (bbbb, cccc)");
    }

    @Test
    void dependencyCyclesAreDetected() {
        assertThatThrownBy(() -> RevisionMap.build(List.of(
                node("root", "root"),
                node("aaaa", "a", List.of("root"), List.of(), List.of("bbbb")),
                node("bbbb", "b", List.of("root"), List.of(), List.of("aaaa")))))
                .isInstanceOf(AlembicException.class)
                .hasMessageStartingWith("Dependency cycle is detected in revisions (root, aaaa, bbbb)");
        assertThatThrownBy(() -> RevisionMap.build(List.of(
                node("root", "root"),
                node("tail", "tail", "root"),
                node("aaaa", "a", List.of("root"), List.of(), List.of("bbbb")),
                node("bbbb", "b", List.of("root"), List.of(), List.of("aaaa")))))
                .hasMessageStartingWith("Dependency cycle is detected in revisions (aaaa, bbbb)");
    }

    @Test
    void selfLoopsAreDetected() {
        assertThatThrownBy(() -> RevisionMap.build(List.of(node("aaaa", "a", "aaaa"))))
                .hasMessageStartingWith("Self-loop is detected in revisions (aaaa)");
        assertThatThrownBy(() -> RevisionMap.build(List.of(node("aaaa", "a", List.of(), List.of(), List.of("aaaa")))))
                .hasMessageStartingWith("Dependency self-loop is detected in revisions (aaaa)");
    }

    @Test
    void duplicateBranchLabelsAndLabelsEqualToIdsAreRejected() {
        assertThatThrownBy(() -> RevisionMap.build(List.of(
                node("aaaa", "a", List.of(), List.of("feature"), List.of()),
                node("bbbb", "b", List.of(), List.of("feature"), List.of()))))
                .hasMessageStartingWith("Branch name 'feature' in revision bbbb already used by revision aaaa");
        assertThatThrownBy(() -> RevisionMap.build(List.of(
                node("aaaa", "a"),
                node("bbbb", "b", List.of(), List.of("aaaa"), List.of()))))
                .hasMessageStartingWith("Branch name 'aaaa' in revision bbbb already used by revision aaaa");
    }

    @Test
    void illegalCharactersInIdsAreRejected() {
        assertThatThrownBy(() -> RevisionMap.build(List.of(node("a-b", "a"))))
                .hasMessageStartingWith("Character(s) '-' not allowed in revision identifier 'a-b'");
        assertThatThrownBy(() -> RevisionMap.build(List.of(node("a@b+c", "a"))))
                .hasMessageStartingWith("Character(s) '+, @' not allowed in revision identifier 'a@b+c'");
    }

    @Test
    void currentHeadsReconstructEffectiveHeads() {
        RevisionMap dep = ExampleGraphs.graphWithDependency();
        assertThat(dep.currentHeads(List.of(REPORTING))).containsExactlyInAnyOrder(MERGE, REPORTING);
        assertThat(dep.currentHeads(List.of(MERGE, NET_INDEX))).containsExactlyInAnyOrder(MERGE, NET_INDEX);
        assertThat(dep.currentHeads(List.of())).isEmpty();
        assertThatThrownBy(() -> dep.currentHeads(List.of("deadbeef0000")))
                .isInstanceOf(AlembicException.class)
                .hasMessage("Can't locate revision identified by 'deadbeef0000'");
    }

    @Test
    void keysAreIdsThenDeclaredLabels() {
        RevisionMap map = ExampleGraphs.graph();
        assertThat(map.revisionOfKey(EMAIL)).isEqualTo(EMAIL);
        assertThat(map.revisionOfKey("feature")).isEqualTo(TWO);
        assertThat(map.revisionOfKey("nosuch")).isNull();
        List<String> keys = new java.util.ArrayList<>(map.keys().keySet());
        assertThat(keys.subList(0, map.nodes().size()))
                .isEqualTo(map.nodes().stream().map(RevisionNode::id).toList());
        assertThat(keys.subList(map.nodes().size(), keys.size())).containsExactly("feature", "networking");
    }

    @Test
    void inMapOrderDropsRepeatsAndPutsUnknownIdsLast() {
        RevisionMap map = ExampleGraphs.graph();
        assertThat(map.inMapOrder(List.of(MERGE, "zz", ACCOUNT, MERGE, "yy", "zz", EMAIL)))
                .containsExactly(ACCOUNT, EMAIL, MERGE, "zz", "yy");
        assertThat(map.inMapOrder(List.of())).isEmpty();
    }

    @Test
    void aLoopBesideAPathFromHeadToBaseIsNotACycleToAlembic() {
        // Alembic's check only asks that every revision lies between a head and a base.
        RevisionMap map = RevisionMap.build(List.of(
                node("b0", "base"),
                node("x1", "x", List.of("b0", "y1"), List.of(), List.of()),
                node("y1", "y", "x1"),
                node("h1", "head", "x1")));
        assertThat(map.heads()).containsExactly("h1");
        assertThat(map.bases()).containsExactly("b0");
        assertThat(map.children("x1")).containsExactly("y1", "h1");
    }

    @Test
    void currentHeadsAreTheAppliedRevisionsWithNoAppliedChild() {
        java.util.Random random = new java.util.Random(7);
        for (int graph = 0; graph < 300; graph++) {
            List<RevisionNode> nodes = new java.util.ArrayList<>();
            for (int i = 0; i < 30; i++) {
                List<String> downs = i == 0 || random.nextInt(8) == 0 ? List.of()
                        : random.nextInt(5) == 0 && i > 1 ? List.of("r" + random.nextInt(i / 2), "r" + (i / 2 + random.nextInt(i - i / 2)))
                        : List.of("r" + random.nextInt(i));
                List<String> deps = i > 0 && random.nextInt(6) == 0 ? List.of("r" + random.nextInt(i)) : List.of();
                nodes.add(node("r" + i, "m", downs.stream().distinct().toList(), List.of(), deps));
            }
            RevisionMap map = RevisionMap.build(nodes);
            List<String> rows = List.of("r" + random.nextInt(30), "r" + random.nextInt(30));
            java.util.Set<String> applied = map.ancestors(rows, true);
            List<String> expected = new java.util.ArrayList<>();
            for (RevisionNode n : map.nodes()) {
                if (applied.contains(n.id()) && map.children(n.id()).stream().noneMatch(applied::contains)) {
                    expected.add(n.id());
                }
            }
            assertThat(map.currentHeads(rows)).as(nodes + " " + rows).isEqualTo(expected);
        }
    }

    @Test
    void messageIsTheFirstParagraphOfTheDocstring() {
        RevisionNode node = node(ACCOUNT, "create account table");
        assertThat(node.message()).isEqualTo("create account table");
        assertThat(node.longDoc()).startsWith("create account table\n\nRevision ID: 1975ea83b712\n");
    }
}
