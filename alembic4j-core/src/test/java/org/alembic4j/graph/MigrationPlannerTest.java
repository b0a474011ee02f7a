package org.alembic4j.graph;

import static org.alembic4j.graph.ExampleGraphs.ACCOUNT;
import static org.alembic4j.graph.ExampleGraphs.EMAIL;
import static org.alembic4j.graph.ExampleGraphs.L1;
import static org.alembic4j.graph.ExampleGraphs.L2;
import static org.alembic4j.graph.ExampleGraphs.L3;
import static org.alembic4j.graph.ExampleGraphs.L4;
import static org.alembic4j.graph.ExampleGraphs.MERGE;
import static org.alembic4j.graph.ExampleGraphs.NET;
import static org.alembic4j.graph.ExampleGraphs.NET_INDEX;
import static org.alembic4j.graph.ExampleGraphs.ONE;
import static org.alembic4j.graph.ExampleGraphs.REPORTING;
import static org.alembic4j.graph.ExampleGraphs.TWO;
import static org.alembic4j.graph.ExampleGraphs.node;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.alembic4j.AlembicException;
import org.alembic4j.graph.VersionChange.Delete;
import org.alembic4j.graph.VersionChange.Insert;
import org.alembic4j.graph.VersionChange.Update;
import org.junit.jupiter.api.Test;

class MigrationPlannerTest {

    /** A version table: the rows, moved by running plans. */
    private static final class Db {
        private final MigrationPlanner planner;
        private List<String> rows = new ArrayList<>();
        private List<MigrationStep> last;

        Db(RevisionMap map, String... rows) {
            this.planner = new MigrationPlanner(map);
            this.rows = new ArrayList<>(List.of(rows));
        }

        Db upgrade(String target) {
            return apply(planner.upgrade(rows, target));
        }

        Db downgrade(String target) {
            return apply(planner.downgrade(rows, target));
        }

        Db stamp(boolean purge, String... targets) {
            List<MigrationStep> steps = planner.stamp(rows, List.of(targets), purge);
            if (purge) {
                // The runtime deletes every row before running a purging stamp.
                rows = new ArrayList<>();
            }
            return apply(steps);
        }

        private Db apply(List<MigrationStep> steps) {
            last = steps;
            for (MigrationStep step : steps) {
                rows = MigrationPlanner.applyChanges(rows, step.versionChanges());
            }
            return this;
        }

        List<String> ran() {
            return last.stream().map(s -> s.revision().id()).collect(Collectors.toList());
        }

        List<String> described() {
            return last.stream().map(MigrationStep::describe).collect(Collectors.toList());
        }
    }

    // ------------------------------------------------------------------ the linear project (spec 3.1)

    @Test
    void relativeMovesOnTheLinearProject() {
        Db db = new Db(ExampleGraphs.linear());
        assertThat(db.upgrade("+2").rows).containsExactly(L2);
        assertThat(db.ran()).containsExactly(L1, L2);
        assertThat(db.upgrade("+1").rows).containsExactly(L3);
        assertThat(db.downgrade("-1").rows).containsExactly(L2);
        assertThat(db.upgrade("head").rows).containsExactly(L4);
        assertThat(db.downgrade("head-2").rows).containsExactly(L2);
        assertThat(db.ran()).containsExactly(L4, L3);
        assertThat(db.downgrade("base+1").rows).containsExactly(L1);
        assertThat(db.upgrade("ae10+2").rows).containsExactly(L3);
        assertThat(db.upgrade("ae10").ran()).isEmpty();
        assertThat(db.rows).containsExactly(L3);
    }

    @Test
    void relativeMoveErrorsOnTheLinearProject() {
        Db db = new Db(ExampleGraphs.linear(), L3);
        assertThatThrownBy(() -> db.upgrade("+5")).isInstanceOf(AlembicException.class)
                .hasMessage("Relative revision +5 didn't produce 5 migrations");
        assertThatThrownBy(() -> db.downgrade("-5")).hasMessage("Relative revision -5 didn't produce 5 migrations");
        assertThatThrownBy(() -> db.downgrade("+1")).hasMessage("Relative revision +1 didn't produce 1 migrations");
        assertThatThrownBy(() -> db.upgrade("-1")).hasMessage("Relative revision -1 didn't produce 1 migrations");
        assertThatThrownBy(() -> db.downgrade("3f2a"))
                .hasMessage("Destination 3f2a is not a valid downgrade target from current head(s)");
        assertThatThrownBy(() -> db.upgrade("current")).hasMessage("Can't locate revision identified by 'current'");
        assertThatThrownBy(() -> db.upgrade("ae10+9")).hasMessage("Walked too far");
        assertThatThrownBy(() -> db.downgrade("base+9")).hasMessage("Walked too far");
        assertThat(db.rows).containsExactly(L3);
    }

    @Test
    void branchRelativeMovesOnTheLinearProject() {
        assertThat(new Db(ExampleGraphs.linear(), L2).upgrade("27c6@+1").rows).containsExactly(L3);
        assertThat(new Db(ExampleGraphs.linear(), L3).upgrade("ae1027a6acf0@+1").rows).containsExactly(L4);
        assertThat(new Db(ExampleGraphs.linear(), L4).downgrade("1975@-1").rows).containsExactly(L3);
    }

    @Test
    void offlineRangesOnTheLinearProject() {
        MigrationPlanner planner = new MigrationPlanner(ExampleGraphs.linear());
        assertThat(planner.upgrade(planner.offlineStartingHeads("base"), "+1"))
                .extracting(MigrationStep::describe).containsExactly("upgrade  -> " + L1);
        assertThat(planner.upgrade(planner.offlineStartingHeads("ae10"), "head-1"))
                .extracting(MigrationStep::describe)
                .containsExactly("upgrade " + L1 + " -> " + L2, "upgrade " + L2 + " -> " + L3);
        List<String> start = planner.offlineStartingHeads("head");
        assertThat(start).containsExactly(L4);
        assertThat(planner.downgrade(start, "-1")).extracting(MigrationStep::describe)
                .containsExactly("downgrade " + L4 + " -> " + L3);
        assertThat(planner.offlineStartingHeads("")).isEmpty();
        assertThatThrownBy(() -> planner.offlineStartingHeads("head-1"))
                .hasMessage("Can't locate revision identified by 'head-1'");
        assertThat(MigrationPlanner.splitRange("ae10:head-1")).isEqualTo(new MigrationPlanner.RevisionRange("ae10", "head-1"));
        assertThat(MigrationPlanner.splitRange("head")).isNull();
    }

    @Test
    void downgradeToBaseDeletesTheLastRow() {
        Db db = new Db(ExampleGraphs.linear(), L2).downgrade("base");
        assertThat(db.rows).isEmpty();
        assertThat(db.last).extracting(MigrationStep::versionChanges)
                .containsExactly(List.of(new Update(L2, L1)), List.of(new Delete(L1)));
        assertThat(db.described()).containsExactly("downgrade " + L2 + " -> " + L1, "downgrade " + L1 + " -> ");
    }

    // ------------------------------------------------------------------ the example graph (spec 4.3)

    @Test
    void upgradeHeadsRunsOneBranchAtATimeWithTheSpecsRows() {
        Db db = new Db(ExampleGraphs.graphIn181Order()).upgrade("heads");
        assertThat(db.ran()).containsExactly(ACCOUNT, EMAIL, ONE, TWO, MERGE, NET, NET_INDEX);
        assertThat(db.rows).containsExactlyInAnyOrder(MERGE, NET_INDEX);
        assertThat(db.last).extracting(MigrationStep::versionChanges).containsExactly(
                List.of(new Insert(ACCOUNT)),
                List.of(new Update(ACCOUNT, EMAIL)),
                List.of(new Update(EMAIL, ONE)),
                List.of(new Insert(TWO)),
                List.of(new Delete(ONE), new Update(TWO, MERGE)),
                List.of(new Insert(NET)),
                List.of(new Update(NET, NET_INDEX)));
        assertThat(db.described()).startsWith("upgrade  -> " + ACCOUNT)
                .contains("upgrade " + TWO + ", " + ONE + " -> " + MERGE, "upgrade " + NET + " -> " + NET_INDEX);
    }

    @Test
    void upgradeHeadsInSortedOrderIsAlsoATopologicalOrder() {
        Db db = new Db(ExampleGraphs.graph()).upgrade("heads");
        assertThat(db.ran()).containsExactly(ACCOUNT, EMAIL, ONE, NET, NET_INDEX, TWO, MERGE);
        assertThat(db.rows).containsExactlyInAnyOrder(MERGE, NET_INDEX);
    }

    @Test
    void upgradeHeadOnSeveralHeadsFails() {
        assertThatThrownBy(() -> new Db(ExampleGraphs.graph()).upgrade("head"))
                .hasMessage("Multiple head revisions are present for given argument 'head'; please specify a specific "
                        + "target revision, '<branchname>@head' to narrow to a specific head, or 'heads' for all heads");
    }

    @Test
    void dependenciesArePulledInAcrossBranches() {
        Db db = new Db(ExampleGraphs.graph(), NET).upgrade("networking@head");
        assertThat(db.ran()).containsExactly(ACCOUNT, EMAIL, ONE, NET_INDEX);
        assertThat(db.rows).containsExactly(NET_INDEX);
        assertThat(db.upgrade(EMAIL).ran()).isEmpty();
        db.upgrade("feature@+1");
        assertThat(db.ran()).containsExactly(TWO);
        assertThat(db.last.get(0).versionChanges()).containsExactly(new Insert(TWO));
        assertThat(db.rows).containsExactlyInAnyOrder(NET_INDEX, TWO);
    }

    @Test
    void branchRelativeMovesOnTheGraph() {
        assertThat(new Db(ExampleGraphs.graph()).upgrade("networking@+1").rows).containsExactly(NET);
        assertThat(new Db(ExampleGraphs.graph(), EMAIL).upgrade("feature@+1").rows).containsExactly(TWO);
        Db both = new Db(ExampleGraphs.graph(), MERGE, NET_INDEX).downgrade("networking@-1");
        assertThat(both.ran()).containsExactly(NET_INDEX);
        assertThat(both.rows).containsExactlyInAnyOrder(MERGE, NET);
        assertThatThrownBy(() -> new Db(ExampleGraphs.graph(), MERGE, NET_INDEX).downgrade("feature@-1"))
                .hasMessage("Ambiguous walk");
        assertThatThrownBy(() -> new Db(ExampleGraphs.graph(), ONE, NET).upgrade("+1"))
                .hasMessage("Ambiguous upgrade from multiple current revisions");
    }

    @Test
    void downgradeRemovesDependentsInOtherBranches() {
        Db db = new Db(ExampleGraphs.graphIn181Order(), MERGE, NET_INDEX).downgrade(EMAIL);
        assertThat(db.ran()).containsExactly(NET_INDEX, MERGE, TWO, ONE);
        assertThat(db.rows).containsExactlyInAnyOrder(NET, EMAIL);
        assertThat(db.last).extracting(MigrationStep::versionChanges).containsExactly(
                List.of(new Update(NET_INDEX, NET)),
                List.of(new Insert(ONE), new Update(MERGE, TWO)),
                List.of(new Delete(TWO)),
                List.of(new Update(ONE, EMAIL)));
    }

    @Test
    void downgradeBelowAMergeKeepsTheOtherParent() {
        Db db = new Db(ExampleGraphs.graphIn181Order(), MERGE, NET_INDEX).downgrade(ONE);
        assertThat(db.ran()).containsExactly(MERGE);
        assertThat(db.rows).containsExactlyInAnyOrder(TWO, NET_INDEX);
        db.downgrade("base");
        assertThat(db.ran()).containsExactly(NET_INDEX, NET, TWO, ONE, EMAIL, ACCOUNT);
        assertThat(db.rows).isEmpty();
    }

    @Test
    void downgradeOnlyOneBranchToItsBase() {
        Db db = new Db(ExampleGraphs.graph(), MERGE, NET_INDEX).downgrade("networking@base");
        assertThat(db.ran()).containsExactly(NET_INDEX, NET);
        assertThat(db.rows).containsExactly(MERGE);
    }

    @Test
    void downgradeToARevisionNotBelowTheHeadsFails() {
        assertThatThrownBy(() -> new Db(ExampleGraphs.graph(), ONE).downgrade(TWO))
                .hasMessage("Destination " + TWO + " is not a valid downgrade target from current head(s)");
        assertThat(new Db(ExampleGraphs.graph(), ONE).downgrade(ONE).ran()).isEmpty();
    }

    @Test
    void dependencyRowsAreCollapsedAndRestored() {
        Db db = new Db(ExampleGraphs.graphWithDependency()).upgrade("heads");
        assertThat(db.rows).containsExactly(REPORTING);
        assertThat(db.last.get(db.last.size() - 1).versionChanges())
                .containsExactly(new Delete(MERGE), new Update(NET_INDEX, REPORTING));
        db.downgrade("-1");
        assertThat(db.ran()).containsExactly(REPORTING);
        assertThat(db.last.get(0).versionChanges()).containsExactly(new Insert(MERGE), new Update(REPORTING, NET_INDEX));
        assertThat(db.rows).containsExactlyInAnyOrder(NET_INDEX, MERGE);
    }

    // ------------------------------------------------------------------ stamp (spec 1.13)

    @Test
    void theStampSequenceOfTheSpec() {
        Db db = new Db(ExampleGraphs.graphIn181Order(), MERGE, NET_INDEX);
        db.stamp(false, "27c6");
        assertThat(db.described()).containsExactly("stamp_revision " + MERGE + ", " + NET_INDEX + " -> " + EMAIL);
        assertThat(db.rows).containsExactly(EMAIL);
        db.stamp(false, "base");
        assertThat(db.described()).containsExactly("stamp_revision " + EMAIL + " -> ");
        assertThat(db.rows).isEmpty();
        db.stamp(false, "3c9e04", "3c9e5b");
        assertThat(db.described()).containsExactly("stamp_revision  -> " + ONE, "stamp_revision  -> " + TWO);
        assertThat(db.rows).containsExactlyInAnyOrder(ONE, TWO);
        db.stamp(false, "heads");
        assertThat(db.described()).containsExactly("stamp_revision " + ONE + ", " + TWO + " -> " + NET_INDEX,
                "stamp_revision " + ONE + ", " + TWO + " -> " + MERGE);
        assertThat(db.rows).containsExactlyInAnyOrder(MERGE, NET_INDEX);
        db.stamp(true, "1975");
        assertThat(db.described()).containsExactly("stamp_revision  -> " + ACCOUNT);
        assertThat(db.rows).containsExactly(ACCOUNT);
        db.stamp(false, "5a0b");
        assertThat(db.rows).containsExactlyInAnyOrder(ACCOUNT, NET);
        db.stamp(false, "6b7c");
        assertThat(db.described()).containsExactly("stamp_revision " + ACCOUNT + ", " + NET + " -> " + NET_INDEX);
        assertThat(db.last.get(0).versionChanges()).containsExactly(new Delete(ACCOUNT), new Update(NET, NET_INDEX));
        assertThat(db.rows).containsExactly(NET_INDEX);
    }

    @Test
    void stampHeadsDeletesAHeadThatWasAlreadyCurrent() {
        // Conformance quirk 7: aaaa -> bbbb plus base cccc, rows {aaaa, cccc}.
        RevisionMap map = RevisionMap.build(List.of(node("aaaa", "a"), node("bbbb", "b", "aaaa"), node("cccc", "c")));
        assertThat(new Db(map, "aaaa", "cccc").stamp(false, "heads").rows).containsExactly("bbbb");
        assertThat(new Db(map, "aaaa", "cccc").stamp(false, "bbbb").rows).containsExactlyInAnyOrder("cccc", "bbbb");
    }

    @Test
    void stampSkipsRowsAnEarlierDestinationAlreadyMoved() {
        // Alembic crashes here (quirk 10): the second destination wants to move rows already gone.
        RevisionMap map = RevisionMap.build(List.of(node("aaaa", "a"), node("bbbb", "b", "aaaa"),
                node("cccc", "c", "aaaa")));
        Db db = new Db(map, "bbbb", "cccc").stamp(false, "aaaa", "bbbb");
        assertThat(db.rows).containsExactly("aaaa");
    }

    @Test
    void offlineStampArguments() {
        MigrationPlanner planner = new MigrationPlanner(ExampleGraphs.graph());
        MigrationPlanner.OfflineStamp stamp = planner.offlineStamp(List.of("27c6:3c9e04", "27c6:3c9e5b"));
        assertThat(stamp.startingHeads()).containsExactly(EMAIL);
        List<MigrationStep> steps = planner.stamp(stamp.startingHeads(), stamp.destinations(), false);
        assertThat(steps).extracting(MigrationStep::versionChanges)
                .containsExactly(List.of(new Update(EMAIL, ONE)), List.of(new Insert(TWO)));
        assertThatThrownBy(() -> planner.offlineStamp(List.of("27c6:3c9e04", "1975:3c9e5b")))
                .hasMessage("Stamp operation with --sql only supports a single starting revision at a time");
        MigrationPlanner.OfflineStamp heads = planner.offlineStamp(List.of("heads"));
        assertThat(heads.startingHeads()).isEmpty();
        assertThat(planner.stamp(heads.startingHeads(), heads.destinations(), false))
                .extracting(MigrationStep::describe)
                .containsExactly("stamp_revision  -> " + MERGE, "stamp_revision  -> " + NET_INDEX);
    }

    @Test
    void stampHeadWithSeveralHeadsFails() {
        assertThatThrownBy(() -> new Db(ExampleGraphs.graph()).stamp(false, "head"))
                .hasMessage("Multiple heads are present; please specify a single target revision");
    }

    @Test
    void storedRowsThatNameNoRevisionFail() {
        assertThatThrownBy(() -> new Db(ExampleGraphs.graph(), "deadbeef0000").upgrade("heads"))
                .hasMessage("Can't locate revision identified by 'deadbeef0000'");
    }
}
