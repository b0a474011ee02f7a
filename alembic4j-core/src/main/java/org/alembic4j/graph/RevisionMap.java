package org.alembic4j.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The revision graph of a script directory, with Alembic's derived facts: children, heads (by
 * {@code down_revision}) and real heads (by {@code down_revision} or {@code depends_on}), bases,
 * branch and merge points, inherited branch labels and normalized dependencies.
 *
 * <p><b>Map order.</b> The order of the list given to {@link #build(List)} is Alembic's
 * "revision-map order" (the script directory passes its files sorted by name). Every list this
 * class returns follows it: heads, bases, children, label look-up candidates. Where Alembic
 * iterates a Python set instead (children of a branch point, ancestors), map order is used, so
 * results are deterministic.
 *
 * <p><b>Integrity.</b> Building fails with an {@link org.alembic4j.AlembicException} naming the
 * revision and its file for: an illegal character in an id, a self-loop, a duplicate id (Alembic
 * only warns and keeps the last file; here both files are named), a duplicate branch label (or a
 * label equal to an id), a {@code down_revision} or {@code depends_on} that names nothing, and a
 * cycle through {@code down_revision} ({@code Cycle is detected in revisions (...)}) or through
 * dependencies ({@code Dependency cycle is detected in revisions (...)}).
 *
 * <p><b>Branch labels</b> propagate as Alembic propagates them: a label declared on R is carried by
 * every descendant of R (through {@code down_revision}); then, walking down from R's last
 * descendant, every revision is labelled until a branch point (counting dependents) or a merge
 * point is met. In effect R's ancestors are labelled only when R's descendants form a single
 * unbranched line. Labels are reported sorted by name (Alembic prints them in set order).
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class RevisionMap {

    /** Characters Alembic refuses in a revision id ({@code :} since 1.17.1). */
    static final String ILLEGAL_ID_CHARACTERS = "+-:@";

    private final List<RevisionNode> nodes;
    /** Each id's index in {@link #nodes}. */
    private final Map<String, Integer> positions;
    /** Declared branch labels, each to its revision, in map order. */
    private final Map<String, String> labelOwners;
    /** By position; null for none. */
    private final List<String>[] children;
    private final List<String>[] allChildren;
    private final Map<String, List<String>> resolvedDependencies;
    private final Map<String, List<String>> normalizedDependencies;
    private final Map<String, List<String>> normalizedDowns;
    private final Map<String, SortedSet<String>> labels;
    private final List<String> heads;
    private final List<String> realHeads;
    private final List<String> bases;
    /** Ids, then labels, to their revision; made on first use (only prefix matching walks it). */
    private volatile Map<String, String> keys;

    private RevisionMap(MapBuilder b) {
        // The builder's collections are never handed out or changed after this.
        this.nodes = b.nodes;
        this.positions = b.positions;
        this.labelOwners = b.labelOwners;
        this.children = b.children;
        this.allChildren = b.allChildren;
        this.resolvedDependencies = b.resolvedDependencies;
        this.normalizedDependencies = b.normalizedDependencies;
        this.normalizedDowns = b.normalizedDowns;
        Map<String, SortedSet<String>> frozenLabels = new HashMap<>();
        for (Map.Entry<String, Set<String>> e : b.labels.entrySet()) {
            frozenLabels.put(e.getKey(), Collections.unmodifiableSortedSet(new TreeSet<>(e.getValue())));
        }
        this.labels = frozenLabels;
        this.heads = List.copyOf(b.heads);
        this.realHeads = List.copyOf(b.realHeads);
        this.bases = List.copyOf(b.bases);
    }

    /**
     * Builds the map from the revisions in map order (the order the script directory loaded its
     * files: sorted file names).
     *
     * @throws org.alembic4j.AlembicException on an integrity error (see the class comment)
     */
    public static RevisionMap build(List<RevisionNode> nodesInMapOrder) {
        return new RevisionMap(MapBuilder.build(nodesInMapOrder));
    }

    // ------------------------------------------------------------------ plain facts

    /** Every revision, in map order. */
    public List<RevisionNode> nodes() {
        return nodes;
    }

    public boolean isEmpty() {
        return nodes.isEmpty();
    }

    public boolean contains(String id) {
        return positions.containsKey(id);
    }

    /** The revision with exactly this id. */
    public Optional<RevisionNode> find(String id) {
        return Optional.ofNullable(nodeOrNull(id));
    }

    /**
     * The revision with exactly this id.
     *
     * @throws IllegalArgumentException when no revision has that id
     */
    public RevisionNode node(String id) {
        RevisionNode node = nodeOrNull(id);
        if (node == null) {
            throw new IllegalArgumentException("No revision with id '" + id + "'");
        }
        return node;
    }

    /**
     * Heads by {@code down_revision} only, in map order: this includes "effective heads" (revisions
     * that nothing builds on but that another revision depends on). This is what {@code alembic
     * heads} lists and what {@code head} and {@code label@head} choose from.
     */
    public List<String> heads() {
        return heads;
    }

    /**
     * Real heads, in map order: no child through {@code down_revision} or {@code depends_on}. This
     * is what {@code heads} resolves to and {@code alembic heads --resolve-dependencies} lists.
     */
    public List<String> realHeads() {
        return realHeads;
    }

    /** Revisions without a {@code down_revision}, in map order. */
    public List<String> bases() {
        return bases;
    }

    /** Children through {@code down_revision}, in map order. */
    public List<String> children(String id) {
        return byPosition(children, id);
    }

    /** Children through {@code down_revision} or {@code depends_on}, in map order. */
    public List<String> allChildren(String id) {
        return byPosition(allChildren, id);
    }

    /** The {@code depends_on} entries resolved to revision ids (labels replaced by their revision). */
    public List<String> resolvedDependencies(String id) {
        List<String> deps = resolvedDependencies.get(id);
        return deps == null ? List.of() : deps;
    }

    /**
     * The resolved dependencies minus those an ancestor (by {@code down_revision}) already depends
     * on; these take part in planning and version-table arithmetic.
     */
    public List<String> normalizedDependencies(String id) {
        List<String> deps = normalizedDependencies.get(id);
        return deps == null ? List.of() : deps;
    }

    /** {@code down_revision} followed by the normalized dependencies, without repeats. */
    public List<String> normalizedDownRevisions(String id) {
        List<String> normalized = normalizedDowns.get(id);
        return normalized != null ? normalized : downRevisions(id);
    }

    /** Declared and inherited branch labels, sorted by name. */
    public SortedSet<String> branchLabels(String id) {
        SortedSet<String> set = labels.get(id);
        return set == null ? Collections.emptySortedSet() : set;
    }

    /** No child through {@code down_revision} (real heads and effective heads). */
    public boolean isHead(String id) {
        return children(id).isEmpty();
    }

    /** No child through {@code down_revision} or {@code depends_on}. */
    public boolean isRealHead(String id) {
        return allChildren(id).isEmpty();
    }

    /** A head by {@code down_revision} that another revision depends on. */
    public boolean isEffectiveHead(String id) {
        return isHead(id) && !isRealHead(id);
    }

    /** Two or more children through {@code down_revision}. */
    public boolean isBranchPoint(String id) {
        return children(id).size() > 1;
    }

    /** Two or more children through {@code down_revision} or {@code depends_on}. */
    public boolean isRealBranchPoint(String id) {
        return allChildren(id).size() > 1;
    }

    /** Two or more {@code down_revision} entries. */
    public boolean isMergePoint(String id) {
        return node(id).downRevisions().size() > 1;
    }

    public boolean isBase(String id) {
        return node(id).downRevisions().isEmpty();
    }

    /**
     * The given revisions and all their ancestors; through {@code down_revision} only, or also
     * through (normalized) dependencies.
     */
    public Set<String> ancestors(Collection<String> ids, boolean includeDependencies) {
        return walk(ids, includeDependencies ? Edge.NORMALIZED_DOWN : Edge.DOWN);
    }

    /**
     * The given revisions and all their descendants; through {@code down_revision} only, or also
     * through dependencies.
     */
    public Set<String> descendants(Collection<String> ids, boolean includeDependencies) {
        return walk(ids, includeDependencies ? Edge.ALL_CHILDREN : Edge.CHILDREN);
    }

    // ------------------------------------------------------------------ identifiers

    /**
     * Resolves an identifier to the revisions it stands for, as {@code alembic show} does: full
     * ids, unique prefixes, {@code head}, {@code heads}, {@code base} (no revisions),
     * {@code label@...}, and a bare {@code -N} / {@code label@-N} (N steps below each head).
     *
     * @throws org.alembic4j.AlembicException with Alembic's command-line text, e.g.
     *         {@code Can't locate revision identified by 'x'}; the detail is the cause
     */
    public List<RevisionNode> resolve(String identifier) {
        try {
            return toNodes(new RevisionLookup(this).getRevisionsOrFail(identifier));
        } catch (RevisionException e) {
            throw CommandErrors.defaults().translate(e);
        }
    }

    /**
     * Resolves an identifier that must stand for at most one revision; empty for {@code base}.
     *
     * @throws org.alembic4j.AlembicException with Alembic's command-line text
     */
    public Optional<RevisionNode> resolveOne(String identifier) {
        try {
            String id = new RevisionLookup(this).getRevision(identifier);
            return Optional.ofNullable(id == null ? null : nodeOrNull(id));
        } catch (RevisionException e) {
            throw CommandErrors.defaults().translate(e);
        }
    }

    /**
     * The effective current heads for the rows of a version table, as {@code alembic current}
     * shows them: the rows and all their ancestors (dependencies included), reduced to those with
     * no descendant (by {@code down_revision}) in that set. So a revision that is only implied by
     * a dependency shows up as an effective head. Map order (Alembic: set order).
     *
     * @throws org.alembic4j.AlembicException when a row names no revision
     *         ({@code Can't locate revision identified by '<id>'})
     */
    public List<String> currentHeads(Collection<String> storedRows) {
        try {
            return new RevisionLookup(this).allCurrent(storedRows);
        } catch (RevisionException e) {
            throw CommandErrors.defaults().translate(e);
        }
    }

    // ------------------------------------------------------------------ package internals

    /** The edges a walk follows. */
    enum Edge { DOWN, NORMALIZED_DOWN, CHILDREN, ALL_CHILDREN }

    /** The neighbours of {@code id} along {@code edge}. */
    List<String> next(String id, Edge edge) {
        switch (edge) {
            case DOWN:
                return downRevisions(id);
            case NORMALIZED_DOWN:
                return normalizedDownRevisions(id);
            case CHILDREN:
                return children(id);
            default:
                return allChildren(id);
        }
    }

    /** The id at a map position. */
    String idAt(int position) {
        return nodes.get(position).id();
    }

    /**
     * {@link #ancestors(Collection, boolean) ancestors(ids, true)} as marks by map position:
     * {@code current} asks this of the whole graph, and marks cost less than a set of ids.
     *
     * @param ids revisions of this map
     */
    boolean[] ancestorMarks(Collection<String> ids) {
        boolean[] marks = new boolean[nodes.size()];
        List<String> todo = new ArrayList<>(ids);
        while (!todo.isEmpty()) {
            String id = todo.remove(todo.size() - 1);
            int p = positions.get(id);
            if (!marks[p]) {
                marks[p] = true;
                todo.addAll(normalizedDownRevisions(id));
            }
        }
        return marks;
    }

    private RevisionNode nodeOrNull(String id) {
        Integer p = positions.get(id);
        return p == null ? null : nodes.get(p);
    }

    private List<String> byPosition(List<String>[] lists, String id) {
        Integer p = positions.get(id);
        List<String> list = p == null ? null : lists[p];
        return list == null ? List.of() : list;
    }

    List<String> downRevisions(String id) {
        RevisionNode node = nodeOrNull(id);
        return node == null ? List.of() : node.downRevisions();
    }

    int position(String id) {
        Integer p = positions.get(id);
        return p == null ? Integer.MAX_VALUE : p;
    }

    /** The revision a key names: an id names itself, a declared branch label its revision; else null. */
    String revisionOfKey(String key) {
        return positions.containsKey(key) ? key : labelOwners.get(key);
    }

    /** Ids and declared labels mapped to their revision id: ids in map order first, then labels. */
    Map<String, String> keys() {
        Map<String, String> made = keys;
        if (made == null) {
            Map<String, String> all = new LinkedHashMap<>();
            for (RevisionNode node : nodes) {
                all.put(node.id(), node.id());
            }
            all.putAll(labelOwners);
            made = Collections.unmodifiableMap(all);
            keys = made;
        }
        return made;
    }

    /** The ids without repeats, in map order; ids of no revision last, in the order given. */
    List<String> inMapOrder(Collection<String> ids) {
        int[] known = new int[ids.size()];
        int count = 0;
        List<String> unknown = null;
        for (String id : ids) {
            Integer p = positions.get(id);
            if (p != null) {
                known[count++] = p;
            } else {
                if (unknown == null) {
                    unknown = new ArrayList<>();
                }
                if (!unknown.contains(id)) {
                    unknown.add(id);
                }
            }
        }
        Arrays.sort(known, 0, count);
        List<String> sorted = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            if (k == 0 || known[k] != known[k - 1]) {
                sorted.add(nodes.get(known[k]).id());
            }
        }
        if (unknown != null) {
            sorted.addAll(unknown);
        }
        return sorted;
    }

    List<RevisionNode> toNodes(List<String> ids) {
        List<RevisionNode> out = new ArrayList<>();
        for (String id : ids) {
            out.add(nodeOrNull(id));
        }
        return out;
    }

    private Set<String> walk(Collection<String> start, Edge edge) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>(start);
        while (!todo.isEmpty()) {
            String id = todo.remove(todo.size() - 1);
            if (seen.add(id)) {
                todo.addAll(next(id, edge));
            }
        }
        return seen;
    }
}
