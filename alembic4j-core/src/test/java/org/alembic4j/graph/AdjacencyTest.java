package org.alembic4j.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AdjacencyTest {

    /** 0 <- 1 <- 2, 1 <- 3, and 3 lists 1 twice. */
    private static Adjacency downs() {
        Adjacency.Builder b = new Adjacency.Builder(4, 1);
        b.endRow();
        b.add(0);
        b.endRow();
        b.add(1);
        b.endRow();
        b.add(1);
        b.add(1);
        b.add(2);
        b.endRow();
        return b.build();
    }

    @Test
    void rowsKeepEachTargetOnceInTheOrderAdded() {
        Adjacency a = downs();
        assertThat(a.size()).isEqualTo(4);
        assertThat(a.count(0)).isZero();
        assertThat(a.count(3)).isEqualTo(2);
        assertThat(a.target(3, 0)).isEqualTo(1);
        assertThat(a.target(3, 1)).isEqualTo(2);
    }

    @Test
    void reversedRowsListSourcesInIncreasingOrder() {
        Adjacency r = downs().reversed();
        assertThat(r.count(0)).isEqualTo(1);
        assertThat(r.target(0, 0)).isEqualTo(1);
        assertThat(r.count(1)).isEqualTo(2);
        assertThat(r.target(1, 0)).isEqualTo(2);
        assertThat(r.target(1, 1)).isEqualTo(3);
        assertThat(r.count(2)).isEqualTo(1);
        assertThat(r.count(3)).isZero();
    }

    @Test
    void reachMarksTheStartsAndEverythingBelowThem() {
        assertThat(downs().reach(new int[] {2}, 1)).containsExactly(true, true, true, false);
        assertThat(downs().reversed().reach(new int[] {1, 0}, 1)).containsExactly(false, true, true, true);
    }
}
