package org.alembic4j.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Is A an ancestor of B (or B itself)?" through {@code down_revision} and normalized
 * dependencies, answered by a search down from B that stops at revisions lower than A: every
 * ancestor of a revision has a smaller depth (the longest path from a base), so nothing below
 * A's depth can lead to A. Ordering a long branched history asks this once per revision;
 * computing each branch's whole ancestor set at every merge point instead cost time
 * proportional to merges × revisions.
 */
final class AncestorQuery {

    private final RevisionMap map;
    private final Map<String, Integer> depth = new HashMap<>();

    AncestorQuery(RevisionMap map) {
        this.map = map;
    }

    boolean isAncestorOrSelf(String candidate, String of) {
        if (candidate.equals(of)) {
            return true;
        }
        int floor = depth(candidate);
        if (depth(of) <= floor) {
            return false;
        }
        Set<String> seen = new HashSet<>();
        List<String> stack = new ArrayList<>(List.of(of));
        while (!stack.isEmpty()) {
            String id = stack.remove(stack.size() - 1);
            for (String parent : map.normalizedDownRevisions(id)) {
                if (parent.equals(candidate)) {
                    return true;
                }
                if (depth(parent) > floor && seen.add(parent)) {
                    stack.add(parent);
                }
            }
        }
        return false;
    }

    /** The longest path from a base (bases are 0), computed once per revision. */
    private int depth(String id) {
        Integer known = depth.get(id);
        if (known != null) {
            return known;
        }
        // Iterative post-order: a long linear history would overflow the stack recursively.
        List<String> stack = new ArrayList<>(List.of(id));
        while (!stack.isEmpty()) {
            String top = stack.get(stack.size() - 1);
            if (depth.containsKey(top)) {
                stack.remove(stack.size() - 1);
                continue;
            }
            int deepest = -1;
            boolean ready = true;
            for (String parent : map.normalizedDownRevisions(top)) {
                Integer d = depth.get(parent);
                if (d == null) {
                    ready = false;
                    stack.add(parent);
                } else {
                    deepest = Math.max(deepest, d);
                }
            }
            if (ready) {
                depth.put(top, deepest + 1);
                stack.remove(stack.size() - 1);
            }
        }
        return depth.get(id);
    }
}
