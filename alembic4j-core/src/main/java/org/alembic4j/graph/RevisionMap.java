package org.alembic4j.graph;

import java.util.ArrayList;
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
import java.util.function.Function;

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
    private final Map<String, RevisionNode> byId;
    private final Map<String, Integer> position;
    private final Map<String, String> keys;
    private final Map<String, List<String>> children;
    private final Map<String, List<String>> allChildren;
    private final Map<String, List<String>> resolvedDependencies;
    private final Map<String, List<String>> normalizedDependencies;
    private final Map<String, List<String>> normalizedDowns;
    private final Map<String, SortedSet<String>> labels;
    private final List<String> heads;
    private final List<String> realHeads;
    private final List<String> bases;

    private RevisionMap(MapBuilder b) {
        this.nodes = List.copyOf(b.nodes);
        this.byId = Collections.unmodifiableMap(b.byId);
        this.position = Collections.unmodifiableMap(b.position);
        this.keys = Collections.unmodifiableMap(b.keys);
        this.children = freeze(b.children);
        this.allChildren = freeze(b.allChildren);
        // The builder already made these lists immutable.
        this.resolvedDependencies = Collections.unmodifiableMap(b.resolvedDependencies);
        this.normalizedDependencies = Collections.unmodifiableMap(b.normalizedDependencies);
        this.normalizedDowns = Collections.unmodifiableMap(b.normalizedDowns);
        Map<String, SortedSet<String>> frozenLabels = new HashMap<>();
        b.labels.forEach((id, set) -> frozenLabels.put(id, Collections.unmodifiableSortedSet(new TreeSet<>(set))));
        this.labels = Collections.unmodifiableMap(frozenLabels);
        this.heads = List.copyOf(b.heads);
        this.realHeads = List.copyOf(b.realHeads);
        this.bases = List.copyOf(b.bases);
    }

    private static Map<String, List<String>> freeze(Map<String, List<String>> source) {
        source.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(source);
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
        return byId.containsKey(id);
    }

    /** The revision with exactly this id. */
    public Optional<RevisionNode> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The revision with exactly this id.
     *
     * @throws IllegalArgumentException when no revision has that id
     */
    public RevisionNode node(String id) {
        RevisionNode node = byId.get(id);
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
        return children.getOrDefault(id, List.of());
    }

    /** Children through {@code down_revision} or {@code depends_on}, in map order. */
    public List<String> allChildren(String id) {
        return allChildren.getOrDefault(id, List.of());
    }

    /** The {@code depends_on} entries resolved to revision ids (labels replaced by their revision). */
    public List<String> resolvedDependencies(String id) {
        return resolvedDependencies.getOrDefault(id, List.of());
    }

    /**
     * The resolved dependencies minus those an ancestor (by {@code down_revision}) already depends
     * on; these take part in planning and version-table arithmetic.
     */
    public List<String> normalizedDependencies(String id) {
        return normalizedDependencies.getOrDefault(id, List.of());
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
        return walk(ids, includeDependencies ? this::normalizedDownRevisions : this::downRevisions);
    }

    /**
     * The given revisions and all their descendants; through {@code down_revision} only, or also
     * through dependencies.
     */
    public Set<String> descendants(Collection<String> ids, boolean includeDependencies) {
        return walk(ids, includeDependencies ? this::allChildren : this::children);
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
        return CommandErrors.defaults().run(() -> toNodes(new RevisionLookup(this).getRevisionsOrFail(identifier)));
    }

    /**
     * Resolves an identifier that must stand for at most one revision; empty for {@code base}.
     *
     * @throws org.alembic4j.AlembicException with Alembic's command-line text
     */
    public Optional<RevisionNode> resolveOne(String identifier) {
        return CommandErrors.defaults().run(() -> {
            String id = new RevisionLookup(this).getRevision(identifier);
            return Optional.ofNullable(id == null ? null : byId.get(id));
        });
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
        return CommandErrors.defaults().run(() -> new RevisionLookup(this).allCurrent(storedRows));
    }

    // ------------------------------------------------------------------ package internals

    List<String> downRevisions(String id) {
        RevisionNode node = byId.get(id);
        return node == null ? List.of() : node.downRevisions();
    }

    int position(String id) {
        Integer p = position.get(id);
        return p == null ? Integer.MAX_VALUE : p;
    }

    /** Ids and declared labels mapped to their revision id: ids in map order first, then labels. */
    Map<String, String> keys() {
        return keys;
    }

    List<String> inMapOrder(Collection<String> ids) {
        List<String> sorted = new ArrayList<>(new LinkedHashSet<>(ids));
        sorted.sort((a, b) -> Integer.compare(position(a), position(b)));
        return sorted;
    }

    List<RevisionNode> toNodes(List<String> ids) {
        List<RevisionNode> out = new ArrayList<>();
        for (String id : ids) {
            out.add(byId.get(id));
        }
        return out;
    }

    private static Set<String> walk(Collection<String> start, Function<String, List<String>> next) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>(start);
        while (!todo.isEmpty()) {
            String id = todo.remove(todo.size() - 1);
            if (seen.add(id)) {
                todo.addAll(next.apply(id));
            }
        }
        return seen;
    }
}
