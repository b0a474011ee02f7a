package org.alembic4j.graph;

import static org.alembic4j.graph.ExampleGraphs.L4;
import static org.alembic4j.graph.ExampleGraphs.MERGE;
import static org.alembic4j.graph.ExampleGraphs.NET_INDEX;
import static org.alembic4j.graph.ExampleGraphs.ONE;
import static org.alembic4j.graph.ExampleGraphs.REPORTING;
import static org.alembic4j.graph.ExampleGraphs.TWO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Byte-exact listings, compared with the outputs the spec recorded from Alembic (sections 1.7-1.12). */
class RevisionListingTest {

    private static final String DIR = "/proj/migrations/versions/";

    private final RevisionMap graph = ExampleGraphs.graphIn181Order();
    private final RevisionListing listing = new RevisionListing(graph);

    private String history(RevisionMap map, String range, List<String> rows, boolean indicate) {
        return new RevisionListing(map).history(new RevisionHistory(map).select(range, rows), false,
                indicate ? rows : null);
    }

    @Test
    void historyOfTheGraph() {
        assertThat(history(graph, null, null, false)).isEqualTo(""
                + "5a0b1c2d3e4f (3c9e04f8d1aa) -> 6b7c8d9e0f1a (networking) (head), networking needs index\n"
                + "<base> -> 5a0b1c2d3e4f (networking), networking base\n"
                + "3c9e5b21f0bb, 3c9e04f8d1aa -> 4f1d2c3b4a5e (feature) (head) (mergepoint), merge branches\n"
                + "27c6a30d7c24 -> 3c9e5b21f0bb (feature), branch two create audit\n"
                + "27c6a30d7c24 -> 3c9e04f8d1aa, branch one add index\n"
                + "1975ea83b712 -> 27c6a30d7c24 (branchpoint), add email column\n"
                + "<base> -> 1975ea83b712, create account table\n");
    }

    @Test
    void historyIndicatingCurrentRows() {
        assertThat(history(graph, null, List.of(MERGE, NET_INDEX), true)).isEqualTo(""
                + "5a0b1c2d3e4f (3c9e04f8d1aa) -> 6b7c8d9e0f1a (networking) (head) (current), networking needs index\n"
                + "<base> -> 5a0b1c2d3e4f (networking), networking base\n"
                + "3c9e5b21f0bb, 3c9e04f8d1aa -> 4f1d2c3b4a5e (feature) (head) (current) (mergepoint), merge branches\n"
                + "27c6a30d7c24 -> 3c9e5b21f0bb (feature), branch two create audit\n"
                + "27c6a30d7c24 -> 3c9e04f8d1aa, branch one add index\n"
                + "1975ea83b712 -> 27c6a30d7c24 (branchpoint), add email column\n"
                + "<base> -> 1975ea83b712, create account table\n");
    }

    @Test
    void historyRanges() {
        assertThat(history(graph, "27c6:4f1d", null, false)).isEqualTo(""
                + "3c9e5b21f0bb, 3c9e04f8d1aa -> 4f1d2c3b4a5e (feature) (head) (mergepoint), merge branches\n"
                + "27c6a30d7c24 -> 3c9e5b21f0bb (feature), branch two create audit\n"
                + "27c6a30d7c24 -> 3c9e04f8d1aa, branch one add index\n"
                + "1975ea83b712 -> 27c6a30d7c24 (branchpoint), add email column\n");
        // A lower bound follows down_revision only: 6b7c reaches 3c9e04 only through depends_on.
        assertThat(history(graph, "3c9e04f8d1aa:", null, false)).isEqualTo(""
                + "3c9e5b21f0bb, 3c9e04f8d1aa -> 4f1d2c3b4a5e (feature) (head) (mergepoint), merge branches\n"
                + "27c6a30d7c24 -> 3c9e04f8d1aa, branch one add index\n");
        // An upper bound brings in its dependencies.
        assertThat(history(graph, ":networking@head", null, false)).isEqualTo(""
                + "5a0b1c2d3e4f (3c9e04f8d1aa) -> 6b7c8d9e0f1a (networking) (head), networking needs index\n"
                + "<base> -> 5a0b1c2d3e4f (networking), networking base\n"
                + "27c6a30d7c24 -> 3c9e04f8d1aa, branch one add index\n"
                + "1975ea83b712 -> 27c6a30d7c24 (branchpoint), add email column\n"
                + "<base> -> 1975ea83b712, create account table\n");
    }

    @Test
    void historyRangeErrors() {
        RevisionHistory h = new RevisionHistory(graph);
        assertThatThrownBy(() -> h.select("3c9e5b:3c9e04", null)).hasMessage("Requested range 3c9e5b:3c9e04 does not "
                + "refer to ancestor/descendant revisions along the same branch");
        assertThatThrownBy(() -> h.select("27c6", null))
                .hasMessage("History range requires [start]:[end], [start]:, or :[end]");
        assertThatThrownBy(() -> h.select("head-1:", null)).hasMessage("Can't locate revision identified by 'head-1'");
        assertThatThrownBy(() -> h.select("base:head", null)).hasMessage("Multiple head revisions are present for "
                + "given argument 'head'; please specify a specific target revision, '<branchname>@head' to narrow "
                + "to a specific head, or 'heads' for all heads");
        assertThat(RevisionHistory.needsCurrent("-2:current")).isTrue();
        assertThat(RevisionHistory.needsCurrent("base:heads")).isFalse();
    }

    @Test
    void historyWithAnEffectiveHead() {
        assertThat(history(ExampleGraphs.graphWithDependency(), null, null, false)).isEqualTo(""
                + "6b7c8d9e0f1a (4f1d2c3b4a5e) -> 7e8f9a0b1c2d (networking) (head), reporting depends on merge\n"
                + "5a0b1c2d3e4f (3c9e04f8d1aa) -> 6b7c8d9e0f1a (networking), networking needs index\n"
                + "<base> -> 5a0b1c2d3e4f (networking), networking base\n"
                + "3c9e5b21f0bb, 3c9e04f8d1aa -> 4f1d2c3b4a5e (feature) (effective head) (mergepoint), merge branches\n"
                + "27c6a30d7c24 -> 3c9e5b21f0bb (feature), branch two create audit\n"
                + "27c6a30d7c24 -> 3c9e04f8d1aa, branch one add index\n"
                + "1975ea83b712 -> 27c6a30d7c24 (branchpoint), add email column\n"
                + "<base> -> 1975ea83b712, create account table\n");
    }

    @Test
    void relativeHistoryRangesOnTheLinearProject() {
        RevisionMap linear = ExampleGraphs.linear();
        assertThat(history(linear, "-2:current", List.of(L4), false)).isEqualTo(""
                + "1975ea83b712 -> 3f2a1b0c9d8e (head), rev four\n"
                + "27c6a30d7c24 -> 1975ea83b712, rev three\n"
                + "ae1027a6acf0 -> 27c6a30d7c24, rev two\n");
        assertThat(history(linear, "ae10:+2", null, false)).isEqualTo(""
                + "27c6a30d7c24 -> 1975ea83b712, rev three\n"
                + "ae1027a6acf0 -> 27c6a30d7c24, rev two\n"
                + "<base> -> ae1027a6acf0, rev one\n");
        assertThat(history(linear, "base:base+1", null, false)).isEqualTo("<base> -> ae1027a6acf0, rev one\n");
        assertThat(history(linear, ":current", List.of(), false)).hasLineCount(4);
    }

    @Test
    void heads() {
        assertThat(listing.heads(false, false)).isEqualTo(""
                + "6b7c8d9e0f1a (networking) (head)\n"
                + "4f1d2c3b4a5e (feature) (head)\n");
        RevisionListing dep = new RevisionListing(ExampleGraphs.graphWithDependency());
        assertThat(dep.heads(false, false)).isEqualTo(""
                + "4f1d2c3b4a5e (feature) (effective head)\n"
                + "7e8f9a0b1c2d (networking) (head)\n");
        assertThat(dep.heads(false, true)).isEqualTo("7e8f9a0b1c2d (networking) (head)\n");
    }

    @Test
    void branches() {
        assertThat(listing.branches(false)).isEqualTo(""
                + "27c6a30d7c24 (branchpoint)\n"
                + "             -> 3c9e04f8d1aa\n"
                + "             -> 3c9e5b21f0bb (feature)\n"
                + "\n");
        assertThat(listing.branches(true)).isEqualTo(""
                + "Rev: 27c6a30d7c24 (branchpoint)\n"
                + "Parent: 1975ea83b712\n"
                + "Branches into: 3c9e04f8d1aa, 3c9e5b21f0bb\n"
                + "Path: " + DIR + "27c6a30d7c24_add_email_column.py\n"
                + "\n"
                + "    add email column\n"
                + "    \n"
                + "    Revision ID: 27c6a30d7c24\n"
                + "    Revises: 1975ea83b712\n"
                + "    Create Date: 2026-11-22 02:15:11.370765\n"
                + "\n"
                + "             -> 3c9e04f8d1aa, branch one add index\n"
                + "             -> 3c9e5b21f0bb (feature), branch two create audit\n"
                + "\n");
        assertThat(new RevisionListing(ExampleGraphs.linear()).branches(false)).isEmpty();
    }

    @Test
    void show() {
        assertThat(listing.show("4f1d")).isEqualTo(""
                + "Rev: 4f1d2c3b4a5e (head) (mergepoint)\n"
                + "Merges: 3c9e5b21f0bb, 3c9e04f8d1aa\n"
                + "Branch names: feature\n"
                + "Path: " + DIR + "4f1d2c3b4a5e_merge_branches.py\n"
                + "\n"
                + "    merge branches\n"
                + "    \n"
                + "    Revision ID: 4f1d2c3b4a5e\n"
                + "    Revises: 3c9e5b21f0bb, 3c9e04f8d1aa\n"
                + "    Create Date: 2026-11-22 02:15:11.370765\n"
                + "\n");
        assertThat(listing.show("base")).isEmpty();
        assertThat(listing.showCurrent(List.of(MERGE))).isEqualTo(listing.show("4f1d"));
        assertThat(listing.showCurrent(List.of())).isEmpty();
        assertThat(listing.show("heads")).contains("Rev: 6b7c8d9e0f1a (head)\n", "Rev: 4f1d2c3b4a5e (head) (mergepoint)\n");
        assertThat(new RevisionListing(ExampleGraphs.graphWithDependency()).show("6b7c")).startsWith(""
                + "Rev: 6b7c8d9e0f1a\n"
                + "Parent: 5a0b1c2d3e4f\n"
                + "Also depends on: 3c9e04f8d1aa\n"
                + "Branch names: networking\n");
    }

    @Test
    void verboseEntryOfAnEmptyDocstring() {
        RevisionMap map = RevisionMap.build(List.of(new RevisionNode("abcd", List.of(), List.of(), List.of(), "  ", null)));
        assertThat(new RevisionListing(map).verboseEntry("abcd", true))
                .isEqualTo("Rev: abcd (head) (current)\nParent: <base>\nPath: \n\n\n");
    }

    @Test
    void current() {
        RevisionListing dep = new RevisionListing(ExampleGraphs.graphWithDependency());
        assertThat(listing.current(List.of(NET_INDEX, MERGE), false))
                .isEqualTo("6b7c8d9e0f1a (head)\n4f1d2c3b4a5e (head) (mergepoint)\n");
        assertThat(dep.current(List.of(REPORTING), false))
                .isEqualTo("4f1d2c3b4a5e (effective head) (mergepoint)\n7e8f9a0b1c2d (head)\n");
        assertThat(dep.current(List.of(MERGE, NET_INDEX), false))
                .isEqualTo("6b7c8d9e0f1a\n4f1d2c3b4a5e (effective head) (mergepoint)\n");
        assertThat(listing.current(List.of(), false)).isEmpty();
        assertThat(listing.current(List.of(ONE, TWO), true)).startsWith("Rev: 3c9e04f8d1aa\nParent: 27c6a30d7c24\n");
    }
}
