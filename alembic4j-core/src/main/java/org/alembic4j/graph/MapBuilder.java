package org.alembic4j.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.alembic4j.AlembicException;

/**
 * Checks a list of revisions for integrity and computes the derived facts {@link RevisionMap}
 * exposes. Mutable scratch space; used once per build.
 */
final class MapBuilder {

    final List<RevisionNode> nodes;
    final Map<String, RevisionNode> byId = new LinkedHashMap<>();
    final Map<String, Integer> position = new LinkedHashMap<>();
    final Map<String, String> keys = new LinkedHashMap<>();
    // Only revisions that have children, labels or dependencies get entries: on a large, mostly
    // linear history that saves thousands of empty collections per command (RevisionMap's
    // accessors default to empty).
    final Map<String, List<String>> children = new HashMap<>();
    final Map<String, List<String>> allChildren = new HashMap<>();
    final Map<String, List<String>> resolvedDependencies = new HashMap<>();
    final Map<String, List<String>> normalizedDependencies = new HashMap<>();
    final Map<String, List<String>> normalizedDowns = new HashMap<>();
    final Map<String, Set<String>> labels = new HashMap<>();
    final List<String> heads = new ArrayList<>();
    final List<String> realHeads = new ArrayList<>();
    final List<String> bases = new ArrayList<>();

    private MapBuilder(List<RevisionNode> nodes) {
        this.nodes = List.copyOf(nodes);
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

    private void checkNodes() {
        for (RevisionNode node : nodes) {
            String id = node.id();
            if (id.isEmpty()) {
                throw new AlembicException("Empty revision identifier" + where(node));
            }
            if (hasIllegalCharacter(id)) {
                Set<Character> bad = new TreeSet<>();
                for (char c : id.toCharArray()) {
                    if (RevisionMap.ILLEGAL_ID_CHARACTERS.indexOf(c) >= 0) {
                        bad.add(c);
                    }
                }
                throw new AlembicException("Character(s) '"
                        + bad.stream().map(String::valueOf).collect(Collectors.joining(", "))
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

    private static boolean hasIllegalCharacter(String id) {
        for (int i = 0; i < id.length(); i++) {
            if (RevisionMap.ILLEGAL_ID_CHARACTERS.indexOf(id.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private void indexIds() {
        for (RevisionNode node : nodes) {
            RevisionNode previous = byId.putIfAbsent(node.id(), node);
            if (previous != null) {
                throw new AlembicException("Revision " + node.id() + " is present more than once: "
                        + previous.path() + " and " + node.path());
            }
            position.put(node.id(), position.size());
            keys.put(node.id(), node.id());
            if (!node.branchLabels().isEmpty()) {
                labels.put(node.id(), new LinkedHashSet<>(node.branchLabels()));
            }
        }
    }

    private void indexLabels() {
        for (RevisionNode node : nodes) {
            for (String label : node.branchLabels()) {
                String owner = keys.get(label);
                if (owner != null) {
                    throw new AlembicException("Branch name '" + label + "' in revision " + node.id()
                            + " already used by revision " + owner + where(node));
                }
                keys.put(label, node.id());
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
                String target = keys.get(dep);
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
        return resolvedDependencies.getOrDefault(id, List.of());
    }

    private List<String> allDowns(String id) {
        List<String> downs = byId.get(id).downRevisions();
        List<String> deps = resolved(id);
        if (deps.isEmpty() && downs.size() < 2) {
            return downs;
        }
        LinkedHashSet<String> all = new LinkedHashSet<>(downs);
        all.addAll(deps);
        return new ArrayList<>(all);
    }

    /** Appends {@code child} to {@code parent}'s list once (children arrive in map order, so a repeat is the last one). */
    private static void link(Map<String, List<String>> lists, String parent, String child) {
        List<String> list = lists.computeIfAbsent(parent, k -> new ArrayList<>(1));
        if (list.isEmpty() || !list.get(list.size() - 1).equals(child)) {
            list.add(child);
        }
    }

    private void linkChildren() {
        for (RevisionNode node : nodes) {
            for (String down : node.downRevisions()) {
                if (!byId.containsKey(down)) {
                    throw new AlembicException("Revision " + down + " referenced from down_revision of revision "
                            + node.id() + where(node) + " is not present");
                }
                link(children, down, node.id());
            }
            for (String down : allDowns(node.id())) {
                link(allChildren, down, node.id());
            }
        }
        for (RevisionNode node : nodes) {
            if (!children.containsKey(node.id())) {
                heads.add(node.id());
            }
            if (!allChildren.containsKey(node.id())) {
                realHeads.add(node.id());
            }
            if (node.downRevisions().isEmpty()) {
                bases.add(node.id());
            }
        }
    }

    /** Drops dependencies that an ancestor (by down_revision) already depends on. */
    private void normalizeDependencies() {
        for (RevisionNode node : nodes) {
            List<String> resolved = resolved(node.id());
            if (resolved.isEmpty()) {
                if (new HashSet<>(node.downRevisions()).size() != node.downRevisions().size()) {
                    normalizedDowns.put(node.id(), List.copyOf(new LinkedHashSet<>(node.downRevisions())));
                }
                continue; // no entry: the accessors give the down revisions and no dependencies
            }
            List<String> normalized = new ArrayList<>(resolved);
            for (String ancestor : reach(List.of(node.id()), id -> byId.get(id).downRevisions())) {
                if (!ancestor.equals(node.id())) {
                    normalized.removeAll(resolved(ancestor));
                }
            }
            normalized = List.copyOf(new LinkedHashSet<>(normalized));
            normalizedDependencies.put(node.id(), normalized);
            LinkedHashSet<String> downs = new LinkedHashSet<>(node.downRevisions());
            downs.addAll(normalized);
            normalizedDowns.put(node.id(), List.copyOf(downs));
        }
    }

    private void detectCycles() {
        if (nodes.isEmpty()) {
            return;
        }
        List<String> all = new ArrayList<>(byId.keySet());
        if (heads.isEmpty() || bases.isEmpty()) {
            throw cycle("Cycle", all);
        }
        Set<String> space = reach(heads, id -> byId.get(id).downRevisions());
        space.retainAll(reach(bases, id -> children.getOrDefault(id, List.of())));
        checkSpace("Cycle", all, space);

        List<String> realBases = new ArrayList<>();
        for (RevisionNode node : nodes) {
            if (node.downRevisions().isEmpty() && node.dependsOn().isEmpty()) {
                realBases.add(node.id());
            }
        }
        if (realHeads.isEmpty() || realBases.isEmpty()) {
            throw cycle("Dependency cycle", all);
        }
        Set<String> depSpace = reach(realHeads, this::allDowns);
        depSpace.retainAll(reach(realBases, id -> allChildren.getOrDefault(id, List.of())));
        checkSpace("Dependency cycle", all, depSpace);
    }

    private void checkSpace(String kind, List<String> all, Set<String> space) {
        List<String> outside = new ArrayList<>(all);
        outside.removeAll(space);
        if (!outside.isEmpty()) {
            throw cycle(kind, new ArrayList<>(new TreeSet<>(outside)));
        }
    }

    private AlembicException cycle(String kind, List<String> ids) {
        String files = ids.stream().map(byId::get).filter(n -> n.path() != null)
                .map(n -> n.path().toString()).collect(Collectors.joining(", "));
        return new AlembicException(kind + " is detected in revisions (" + String.join(", ", ids) + ")"
                + (files.isEmpty() ? "" : "; files: " + files));
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
            List<String> descendants = depthFirst(node.id(), id -> children.getOrDefault(id, List.of()));
            for (String id : descendants) {
                labelsOf(id).addAll(carried);
            }
            String parent = descendants.get(descendants.size() - 1);
            while (parent != null && allChildren.getOrDefault(parent, List.of()).size() <= 1
                    && byId.get(parent).downRevisions().size() <= 1) {
                labelsOf(parent).addAll(carried);
                List<String> downs = byId.get(parent).downRevisions();
                parent = downs.isEmpty() ? null : downs.get(0);
            }
        }
    }

    private Set<String> labelsOf(String id) {
        return labels.computeIfAbsent(id, k -> new LinkedHashSet<>());
    }

    /** Alembic's traversal order: a stack, each node yielded once when first popped. */
    private static List<String> depthFirst(String start, Function<String, List<String>> next) {
        List<String> order = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<String> stack = new ArrayList<>(List.of(start));
        while (!stack.isEmpty()) {
            String id = stack.remove(stack.size() - 1);
            if (seen.add(id)) {
                stack.addAll(next.apply(id));
                order.add(id);
            }
        }
        return order;
    }

    private static Set<String> reach(Collection<String> start, Function<String, List<String>> next) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> stack = new ArrayList<>(start);
        while (!stack.isEmpty()) {
            String id = stack.remove(stack.size() - 1);
            if (seen.add(id)) {
                stack.addAll(next.apply(id));
            }
        }
        return seen;
    }
}
