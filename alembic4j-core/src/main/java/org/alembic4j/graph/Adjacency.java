package org.alembic4j.graph;

/**
 * Edges between revisions numbered by map position, as compressed rows: the targets of {@code i}
 * are {@code to[start[i]]} up to {@code to[start[i + 1]]}, each at most once per row, in the
 * order added. {@link MapBuilder} checks and derives the graph on these instead of maps of id
 * lists: a thousand-revision map is built once per command by a cold JVM, where every map entry
 * and lambda call costs.
 */
final class Adjacency {

    private final int[] start;
    private final int[] to;

    private Adjacency(int[] start, int[] to) {
        this.start = start;
        this.to = to;
    }

    int size() {
        return start.length - 1;
    }

    int count(int from) {
        return start[from + 1] - start[from];
    }

    /** The {@code k}-th target of {@code from}. */
    int target(int from, int k) {
        return to[start[from] + k];
    }

    /**
     * The same edges the other way: row {@code p} lists every {@code i} with an edge to
     * {@code p}, in increasing order (so children come in map order).
     */
    Adjacency reversed() {
        int n = size();
        int[] reverseStart = new int[n + 1];
        for (int e = 0; e < to.length; e++) {
            reverseStart[to[e] + 1]++;
        }
        for (int p = 0; p < n; p++) {
            reverseStart[p + 1] += reverseStart[p];
        }
        int[] fill = new int[n];
        int[] reverseTo = new int[to.length];
        for (int i = 0; i < n; i++) {
            for (int e = start[i]; e < start[i + 1]; e++) {
                int p = to[e];
                reverseTo[reverseStart[p] + fill[p]++] = i;
            }
        }
        return new Adjacency(reverseStart, reverseTo);
    }

    /** Marks everything reachable from the starts (themselves included). */
    boolean[] reach(int[] starts, int startCount) {
        boolean[] seen = new boolean[size()];
        int[] stack = new int[size()];
        int top = 0;
        for (int s = 0; s < startCount; s++) {
            if (!seen[starts[s]]) {
                seen[starts[s]] = true;
                stack[top++] = starts[s];
            }
        }
        while (top > 0) {
            int i = stack[--top];
            for (int e = start[i]; e < start[i + 1]; e++) {
                if (!seen[to[e]]) {
                    seen[to[e]] = true;
                    stack[top++] = to[e];
                }
            }
        }
        return seen;
    }

    /** Rows added in order, {@code 0} to {@code n - 1}; a target repeated within a row is kept once. */
    static final class Builder {
        private final int[] start;
        private int[] to;
        private int rows;
        private int size;

        Builder(int n, int expectedEdges) {
            start = new int[n + 1];
            to = new int[Math.max(expectedEdges, 4)];
        }

        /** Adds an edge from the row being built (the next one after {@link #endRow()}). */
        void add(int target) {
            for (int e = start[rows]; e < size; e++) {
                if (to[e] == target) {
                    return;
                }
            }
            if (size == to.length) {
                to = java.util.Arrays.copyOf(to, size * 2);
            }
            to[size++] = target;
        }

        void endRow() {
            start[++rows] = size;
        }

        Adjacency build() {
            if (rows != start.length - 1) {
                throw new IllegalStateException(rows + " rows of " + (start.length - 1));
            }
            return new Adjacency(start, size == to.length ? to : java.util.Arrays.copyOf(to, size));
        }
    }
}
