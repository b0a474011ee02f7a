package org.alembic4j.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.alembic4j.AlembicException;

/**
 * Checks a list of revisions for integrity and computes the derived facts {@link RevisionMap}
 * exposes. Mutable scratch space; used once per build.
 *
 * <p>Every read-only command builds the whole map in a fresh JVM, mostly interpreted, so the
 * edges are followed by map position ({@link Adjacency}) rather than through maps keyed by id,
 * there are no lambdas, and a graph without {@code depends_on} (the usual one) skips what only
 * dependencies can change: its "all" children, real heads and dependency cycles are those of
 * {@code down_revision}.
 */
final class MapBuilder {

    final List<RevisionNode> nodes;
    final int size;
    final Map<String, Integer> positions;
    /** Declared branch labels, each to its revision, in map order. */
    final Map<String, String> labelOwners = new LinkedHashMap<>();
    /** Children by position (null: none), through {@code down_revision}. */
    List<String>[] children;
    /** Children by position (null: none), through {@code down_revision} or {@code depends_on}. */
    List<String>[] allChildren;
    // Only revisions that have dependencies or labels get entries: on a large, mostly linear
    // history that saves thousands of empty collections per command (RevisionMap's accessors
    // default to empty).
    final Map<String, List<String>> resolvedDependencies = new HashMap<>();
    final Map<String, List<String>> normalizedDependencies = new HashMap<>();
    final Map<String, List<String>> normalizedDowns = new HashMap<>();
    final Map<String, Set<String>> labels = new HashMap<>();
    final List<String> heads = new ArrayList<>();
    final List<String> realHeads = new ArrayList<>();
    final List<String> bases = new ArrayList<>();

    private Adjacency downs;
    private Adjacency childEdges;
    private Adjacency allDowns;
    private Adjacency allChildEdges;

    private MapBuilder(List<RevisionNode> nodes) {
        this.nodes = List.copyOf(nodes);
        this.size = this.nodes.size();
        this.positions = new HashMap<>(Math.max(16, size * 4 / 3 + 1));
    }

    static MapBuilder build(List<RevisionNode> nodes) {
        MapBuilder b = new MapBuilder(nodes);
        b.checkNodes();
        b.indexIds();
        b.indexLabels();
        b.resolveDependencies();
        b.linkChildren();
        b.normalizeDependencies();
        b.detectCycles();
        b.propagateLabels();
        return b;
    }

    private static String where(RevisionNode node) {
        return node.path() == null ? "" : " (" + node.path() + ")";
    }

    private String id(int position) {
        return nodes.get(position).id();
    }

    private void checkNodes() {
        for (RevisionNode node : nodes) {
            String id = node.id();
            if (id.isEmpty()) {
                throw new AlembicException("Empty revision identifier" + where(node));
            }
            if (hasIllegalCharacter(id)) {
                throw new AlembicException("Character(s) '" + illegalCharacters(id)
                        + "' not allowed in revision identifier '" + id + "'" + where(node));
            }
            if (node.downRevisions().contains(id)) {
                throw new AlembicException("Self-loop is detected in revisions (" + id + ")" + where(node));
            }
            if (node.dependsOn().contains(id)) {
                throw new AlembicException("Dependency self-loop is detected in revisions (" + id + ")" + where(node));
            }
        }
    }

    /** One JDK search per illegal character rather than an interpreted loop over the id's characters. */
    private static boolean hasIllegalCharacter(String id) {
        String illegal = RevisionMap.ILLEGAL_ID_CHARACTERS;
        for (int i = 0; i < illegal.length(); i++) {
            if (id.indexOf(illegal.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The illegal characters of {@code id}, sorted, joined by ", ". */
    private static String illegalCharacters(String id) {
        Set<Character> bad = new TreeSet<>();
        for (char c : id.toCharArray()) {
            if (RevisionMap.ILLEGAL_ID_CHARACTERS.indexOf(c) >= 0) {
                bad.add(c);
            }
        }
        StringBuilder out = new StringBuilder();
        for (char c : bad) {
            out.append(out.length() == 0 ? "" : ", ").append(c);
        }
        return out.toString();
    }

    private void indexIds() {
        for (int i = 0; i < size; i++) {
            RevisionNode node = nodes.get(i);
            Integer previous = positions.putIfAbsent(node.id(), i);
            if (previous != null) {
                throw new AlembicException("Revision " + node.id() + " is present more than once: "
                        + nodes.get(previous).path() + " and " + node.path());
            }
            if (!node.branchLabels().isEmpty()) {
                labels.put(node.id(), new LinkedHashSet<>(node.branchLabels()));
            }
        }
    }

    /** The revision a key names: an id names itself, a declared label its revision; null for neither. */
    private String owner(String key) {
        return positions.containsKey(key) ? key : labelOwners.get(key);
    }

    private void indexLabels() {
        for (RevisionNode node : nodes) {
            for (String label : node.branchLabels()) {
                String owner = owner(label);
                if (owner != null) {
                    throw new AlembicException("Branch name '" + label + "' in revision " + node.id()
                            + " already used by revision " + owner + where(node));
                }
                labelOwners.put(label, node.id());
            }
        }
    }

    private void resolveDependencies() {
        for (RevisionNode node : nodes) {
            if (node.dependsOn().isEmpty()) {
                continue;
            }
            List<String> resolved = new ArrayList<>();
            for (String dep : node.dependsOn()) {
                String target = owner(dep);
                if (target == null) {
                    throw new AlembicException("Revision " + dep + " referenced from depends_on of revision "
                            + node.id() + where(node) + " is not present");
                }
                resolved.add(target);
            }
            resolvedDependencies.put(node.id(), List.copyOf(resolved));
        }
    }

    private List<String> resolved(String id) {
        List<String> deps = resolvedDependencies.get(id);
        return deps == null ? List.of() : deps;
    }

    private void linkChildren() {
        Adjacency.Builder downEdges = new Adjacency.Builder(size, size + 8);
        for (RevisionNode node : nodes) {
            for (String down : node.downRevisions()) {
                Integer p = positions.get(down);
                if (p == null) {
                    throw new AlembicException("Revision " + down + " referenced from down_revision of revision "
                            + node.id() + where(node) + " is not present");
                }
                downEdges.add(p);
            }
            downEdges.endRow();
        }
        downs = downEdges.build();
        childEdges = downs.reversed();
        children = idLists(childEdges);
        if (resolvedDependencies.isEmpty()) {
            // Without dependencies, "all" parents are the down revisions, without repeats.
            allDowns = downs;
            allChildEdges = childEdges;
            allChildren = children;
        } else {
            Adjacency.Builder all = new Adjacency.Builder(size, size + 8);
            for (int i = 0; i < size; i++) {
                for (int k = 0; k < downs.count(i); k++) {
                    all.add(downs.target(i, k));
                }
                for (String dep : resolved(id(i))) {
                    all.add(positions.get(dep));
                }
                all.endRow();
            }
            allDowns = all.build();
            allChildEdges = allDowns.reversed();
            allChildren = idLists(allChildEdges);
        }
        for (int i = 0; i < size; i++) {
            if (children[i] == null) {
                heads.add(id(i));
            }
            if (allChildren[i] == null) {
                realHeads.add(id(i));
            }
            if (downs.count(i) == 0) {
                bases.add(id(i));
            }
        }
    }

    /** Each row's targets as an immutable list of ids (null for none); most rows hold one. */
    @SuppressWarnings("unchecked")
    private List<String>[] idLists(Adjacency edges) {
        List<String>[] lists = (List<String>[]) new List<?>[size];
        for (int p = 0; p < size; p++) {
            int count = edges.count(p);
            if (count == 1) {
                lists[p] = List.of(id(edges.target(p, 0)));
            } else if (count > 1) {
                String[] ids = new String[count];
                for (int k = 0; k < count; k++) {
                    ids[k] = id(edges.target(p, k));
                }
                lists[p] = List.of(ids);
            }
        }
        return lists;
    }

    /** Drops dependencies that an ancestor (by down_revision) already depends on. */
    private void normalizeDependencies() {
        for (int i = 0; i < size; i++) {
            RevisionNode node = nodes.get(i);
            List<String> resolved = resolved(node.id());
            if (resolved.isEmpty()) {
                if (downs.count(i) != node.downRevisions().size()) { // a down revision written twice
                    normalizedDowns.put(node.id(), List.copyOf(new LinkedHashSet<>(node.downRevisions())));
                }
                continue; // no entry: the accessors give the down revisions and no dependencies
            }
            List<String> normalized = new ArrayList<>(resolved);
            boolean[] ancestors = downs.reach(new int[] {i}, 1);
            for (int a = 0; a < size; a++) {
                if (ancestors[a] && a != i) {
                    normalized.removeAll(resolved(id(a)));
                }
            }
            normalized = List.copyOf(new LinkedHashSet<>(normalized));
            normalizedDependencies.put(node.id(), normalized);
            LinkedHashSet<String> all = new LinkedHashSet<>(node.downRevisions());
            all.addAll(normalized);
            normalizedDowns.put(node.id(), List.copyOf(all));
        }
    }

    /**
     * Alembic's check: every revision must be reachable going down from a head and going up from
     * a base; the ones that are not are reported, sorted.
     */
    private void detectCycles() {
        if (size == 0) {
            return;
        }
        if (heads.isEmpty() || bases.isEmpty()) {
            throw cycle("Cycle", allIds());
        }
        checkSpace("Cycle", downs.reach(positionsOf(heads), heads.size()),
                childEdges.reach(positionsOf(bases), bases.size()));
        if (resolvedDependencies.isEmpty()) {
            return; // the same question again, with the same edges
        }
        List<String> realBases = new ArrayList<>();
        for (RevisionNode node : nodes) {
            if (node.downRevisions().isEmpty() && node.dependsOn().isEmpty()) {
                realBases.add(node.id());
            }
        }
        if (realHeads.isEmpty() || realBases.isEmpty()) {
            throw cycle("Dependency cycle", allIds());
        }
        checkSpace("Dependency cycle", allDowns.reach(positionsOf(realHeads), realHeads.size()),
                allChildEdges.reach(positionsOf(realBases), realBases.size()));
    }

    private int[] positionsOf(List<String> ids) {
        int[] out = new int[ids.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = positions.get(ids.get(k));
        }
        return out;
    }

    private List<String> allIds() {
        List<String> all = new ArrayList<>(size);
        for (RevisionNode node : nodes) {
            all.add(node.id());
        }
        return all;
    }

    private void checkSpace(String kind, boolean[] fromHeads, boolean[] fromBases) {
        TreeSet<String> outside = null;
        for (int i = 0; i < size; i++) {
            if (!fromHeads[i] || !fromBases[i]) {
                if (outside == null) {
                    outside = new TreeSet<>();
                }
                outside.add(id(i));
            }
        }
        if (outside != null) {
            throw cycle(kind, new ArrayList<>(outside));
        }
    }

    private AlembicException cycle(String kind, List<String> ids) {
        StringBuilder files = new StringBuilder();
        for (String id : ids) {
            RevisionNode node = nodes.get(positions.get(id));
            if (node.path() != null) {
                files.append(files.length() == 0 ? "" : ", ").append(node.path());
            }
        }
        return new AlembicException(kind + " is detected in revisions (" + String.join(", ", ids) + ")"
                + (files.length() == 0 ? "" : "; files: " + files));
    }

    /**
     * Alembic's propagation: every descendant of a labelled revision gets its labels, then the walk
     * from the last descendant visited goes down through single parents, labelling, until it meets
     * a branch point (dependents included) or a merge point.
     */
    private void propagateLabels() {
        for (RevisionNode node : nodes) {
            if (node.branchLabels().isEmpty()) {
                continue;
            }
            Set<String> carried = new LinkedHashSet<>(labels.get(node.id()));
            List<String> descendants = depthFirst(node.id());
            for (String id : descendants) {
                labelsOf(id).addAll(carried);
            }
            String parent = descendants.get(descendants.size() - 1);
            while (parent != null && childCount(allChildren, parent) <= 1
                    && nodes.get(positions.get(parent)).downRevisions().size() <= 1) {
                labelsOf(parent).addAll(carried);
                List<String> parentDowns = nodes.get(positions.get(parent)).downRevisions();
                parent = parentDowns.isEmpty() ? null : parentDowns.get(0);
            }
        }
    }

    private int childCount(List<String>[] lists, String id) {
        List<String> list = lists[positions.get(id)];
        return list == null ? 0 : list.size();
    }

    private Set<String> labelsOf(String id) {
        Set<String> set = labels.get(id);
        if (set == null) {
            set = new LinkedHashSet<>();
            labels.put(id, set);
        }
        return set;
    }

    /** Alembic's traversal order over children: a stack, each revision yielded once when first popped. */
    private List<String> depthFirst(String start) {
        List<String> order = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> stack = new ArrayList<>(List.of(start));
        while (!stack.isEmpty()) {
            String id = stack.remove(stack.size() - 1);
            if (seen.add(id)) {
                List<String> next = children[positions.get(id)];
                if (next != null) {
                    stack.addAll(next);
                }
                order.add(id);
            }
        }
        return order;
    }
}
