package org.alembic4j.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.alembic4j.internal.logging.Loggers;
import org.slf4j.Logger;

/**
 * Chooses and orders the revisions between two ends (spec section 4.3): what an upgrade needs,
 * what a downgrade removes, what {@code history -r} shows, and the topological order they run in.
 */
final class RevisionWalker {

    /** Made on first use: the first logger of a command starts SLF4J, which a listing need not. */
    private static final class Log {
        static final Logger LOG = Loggers.named("alembic.script.revision");
    }

    /** The chosen revisions and the heads the ordering starts from. */
    record Collected(Set<String> revisions, List<String> heads) { }

    /** A parsed downgrade destination: the branch it is limited to, and the target (null = base). */
    record DowngradeTarget(String label, String revision) { }

    private final RevisionMap map;
    private final RevisionLookup lookup;
    private AncestorQuery ancestry;

    RevisionWalker(RevisionMap map) {
        this.map = map;
        this.lookup = new RevisionLookup(map);
    }

    RevisionLookup lookup() {
        return lookup;
    }

    /** Collects then orders newest first (every revision before its ancestors). */
    List<String> iterateUpgrade(RevSpec upper, RevSpec lower, boolean inclusive, boolean implicitBase,
                                boolean assertRelativeLength) {
        Collected c = collectUpgrade(upper, lower, inclusive, implicitBase, assertRelativeLength);
        return topologicalSort(c.revisions(), c.heads());
    }

    /** Collects then orders newest first: the order downgrades run in. */
    List<String> iterateDowngrade(RevSpec current, String target, boolean assertRelativeLength) {
        Collected c = collectDowngrade(current, target, assertRelativeLength);
        return topologicalSort(c.revisions(), c.heads());
    }

    // ------------------------------------------------------------------ targets

    /**
     * The revisions an upgrade destination stands for, relative forms included. May contain null
     * (a walk from a named symbol ran past the end) or {@link RevisionLookup#BASE}.
     */
    List<String> parseUpgradeTarget(RevSpec current, RevSpec target, boolean assertRelativeLength) {
        RevisionLookup.Relative rel = RevisionLookup.relative(target.text());
        if (rel == null) {
            return lookup.getRevisions(target);
        }
        if (rel.steps() > 0) {
            if (rel.symbol() != null) {
                String start = lookup.getRevision(rel.symbol());
                return singleton(lookup.walk(start, rel.steps(), rel.label(), assertRelativeLength));
            }
            List<String> starts = new ArrayList<>(current.tuple());
            if (starts.isEmpty()) {
                starts.add(null);
            }
            if (rel.label() != null) {
                starts = startsOnBranch(starts, rel.label());
            }
            if (starts.size() > 1) {
                throw RevisionException.other("Ambiguous upgrade from multiple current revisions");
            }
            String start = starts.get(0) == null ? null : lookup.getRevision(starts.get(0));
            String reached = lookup.walk(start, rel.steps(), rel.label(), assertRelativeLength);
            if (reached == null) {
                throw RevisionException.other(RevisionLookup.migrationsMessage(rel.signed(), rel.steps()));
            }
            return List.of(reached);
        }
        if (rel.symbol() == null) {
            throw RevisionException.other(RevisionLookup.migrationsMessage(String.valueOf(rel.steps()), rel.steps()));
        }
        String start = rel.label() == null ? lookup.getRevision(rel.symbol())
                : lookup.getRevision(rel.label() + "@" + rel.symbol());
        return singleton(lookup.walk(start, rel.steps(), null, assertRelativeLength));
    }

    private static List<String> singleton(String value) {
        List<String> out = new ArrayList<>();
        out.add(value);
        return out;
    }

    /**
     * Where {@code label@+N} starts: the current revisions on that branch, else the tips of the
     * applied revisions on it, else before the bases (a list holding null).
     */
    private List<String> startsOnBranch(List<String> current, String label) {
        List<String> resolved = lookup.getRevisions(current);
        List<String> starts = lookup.filterForLineage(resolved, label, false);
        if (!starts.isEmpty()) {
            return starts;
        }
        List<String> active = lookup.filterForLineage(map.inMapOrder(map.ancestors(resolved, true)), label, false);
        Set<String> tips = new LinkedHashSet<>(active);
        for (String id : active) {
            map.normalizedDownRevisions(id).forEach(tips::remove);
        }
        List<String> out = new ArrayList<>(tips);
        if (out.isEmpty()) {
            out.add(null);
        }
        return out;
    }

    /**
     * Parses a downgrade destination. Relative forms count from the current revisions
     * ({@code -1}, {@code label@-1}) or from a symbol ({@code head-2}, {@code base+1}).
     */
    DowngradeTarget parseDowngradeTarget(RevSpec current, String target, boolean assertRelativeLength) {
        if (target == null) {
            return new DowngradeTarget(null, null);
        }
        RevisionLookup.Relative rel = RevisionLookup.relative(target);
        if (rel == null) {
            int at = target.lastIndexOf('@');
            String label = at > 0 ? target.substring(0, at) : null;
            return new DowngradeTarget(label, lookup.getRevision(target.substring(at + 1)));
        }
        if (rel.steps() >= 0) {
            if (rel.symbol() == null) {
                throw RevisionException.other(RevisionLookup.migrationsMessage(rel.signed(), rel.steps()));
            }
            String reached = lookup.walk(lookup.getRevision(rel.symbol()), rel.steps(), rel.label(),
                    assertRelativeLength);
            if (reached == null) {
                throw RevisionException.other("Walked too far");
            }
            return new DowngradeTarget(rel.label(), reached);
        }
        String label = rel.label();
        String symbol = rel.symbol();
        boolean fromCurrent = symbol == null;
        if (fromCurrent) {
            List<String> rows = current.tuple();
            if (label != null) {
                List<String> onBranch = lookup.filterForLineage(rows, label, false);
                if (onBranch.isEmpty()) {
                    onBranch = lookup.filterForLineage(lookup.allCurrent(rows), label, false);
                }
                // Alembic asserts exactly one here; say what went wrong instead of crashing.
                if (onBranch.isEmpty()) {
                    throw RevisionException.other(RevisionLookup.migrationsMessage(rel.signed(), rel.steps()));
                }
                if (onBranch.size() > 1) {
                    throw RevisionException.other("Ambiguous walk");
                }
                symbol = onBranch.get(0);
            } else {
                if (rows.isEmpty()) {
                    throw RevisionException.other(RevisionLookup.migrationsMessage(rel.signed(), rel.steps()));
                }
                if (new HashSet<>(rows).size() > 1) {
                    Log.LOG.warn("downgrade -1 from multiple heads is ambiguous; this usage will be disallowed "
                            + "in a future release.");
                }
                symbol = rows.get(0);
                label = symbol;
            }
        }
        String start = label == null ? lookup.getRevision(symbol) : lookup.getRevision(label + "@" + symbol);
        String reached = lookup.walk(start, rel.steps(), null, assertRelativeLength);
        if (reached == null) {
            throw RevisionException.other(fromCurrent
                    ? RevisionLookup.migrationsMessage(rel.signed(), rel.steps()) : "Walked too far");
        }
        return new DowngradeTarget(label, reached);
    }

    // ------------------------------------------------------------------ collecting

    /**
     * What lies between {@code lower} (exclusive unless {@code inclusive}) and {@code upper}:
     * the ancestors of the targets (dependencies included) minus what the lower end already has.
     * Without {@code implicitBase} the lower end must be an ancestor of the targets and only its
     * descendants by {@code down_revision} are kept (history ranges).
     */
    Collected collectUpgrade(RevSpec upper, RevSpec lower, boolean inclusive, boolean implicitBase,
                             boolean assertRelativeLength) {
        List<String> targets = new ArrayList<>();
        for (String t : parseUpgradeTarget(lower, upper, assertRelativeLength)) {
            if (t == null) {
                // Alembic fails an assertion here; a symbol-relative walk ran off the graph.
                throw RevisionException.other("Walked too far");
            }
            if (!RevisionLookup.BASE.equals(t) && !targets.contains(t)) {
                targets.add(t);
            }
        }
        if (lower.text() != null && lower.text().contains("@")) {
            targets = onNamedBranch(targets, lower.text().substring(0, lower.text().indexOf('@')));
        }
        Set<String> required = checkedWalk(targets, RevisionMap.Edge.NORMALIZED_DOWN);
        required.addAll(targets);

        List<String> current = lookup.getRevisions(lower);
        if (!implicitBase) {
            for (String c : current) {
                if (c != null && !required.contains(c)) {
                    throw RevisionException.rangeNotAncestor(lower.display(), upper.display());
                }
            }
        }
        if (!current.isEmpty() && current.get(0) == null) {
            // A relative lower end that ran off the graph: re-read it as a downgrade target.
            DowngradeTarget t = parseDowngradeTarget(upper, lower.text(), assertRelativeLength);
            if (t.revision() == null || RevisionLookup.BASE.equals(t.revision())) {
                current = List.of();
                lower = RevSpec.NONE;
            } else {
                current = List.of(t.revision());
                lower = RevSpec.ids(current);
            }
        }
        List<String> currentIds = new ArrayList<>();
        for (String c : current) {
            if (c != null && !RevisionLookup.BASE.equals(c)) {
                currentIds.add(c);
            }
        }
        Set<String> have = checkedWalk(currentIds, RevisionMap.Edge.NORMALIZED_DOWN);
        have.addAll(currentIds);

        Set<String> needs = new LinkedHashSet<>(required);
        needs.removeAll(have);
        if (inclusive) {
            for (String id : lookup.getRevisions(lower)) {
                if (id != null && !RevisionLookup.BASE.equals(id)) {
                    needs.add(id);
                }
            }
        }
        if (!currentIds.isEmpty() && !implicitBase) {
            needs.retainAll(checkedWalk(currentIds, RevisionMap.Edge.CHILDREN));
        }
        return new Collected(needs, targets);
    }

    /** {@code label@...} as the lower end keeps only targets carrying the label. */
    private List<String> onNamedBranch(List<String> targets, String branch) {
        String branchRev = lookup.getRevision(branch);
        String label = branch;
        if (branchRev != null && branchRev.equals(branch)) {
            // A revision id used as a branch name stands for its branch.
            if (map.branchLabels(branchRev).size() != 1) {
                List<String> out = new ArrayList<>();
                for (String t : targets) {
                    if (lookup.sharesLineage(t, List.of(branchRev), false)) {
                        out.add(t);
                    }
                }
                return out;
            }
            label = map.branchLabels(branchRev).first();
        }
        List<String> out = new ArrayList<>();
        for (String t : targets) {
            if (map.branchLabels(t).contains(label)) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * What a downgrade to {@code target} removes: the descendants (dependencies included) of the
     * target's children, or of every base for {@code base}, that are applied below the current
     * revisions. With a branch label only the children on that branch count.
     */
    Collected collectDowngrade(RevSpec current, String target, boolean assertRelativeLength) {
        DowngradeTarget parsed = parseDowngradeTarget(current, target, assertRelativeLength);
        String destination = RevisionLookup.BASE.equals(parsed.revision()) ? null : parsed.revision();
        List<String> roots = destination == null ? map.bases() : map.children(destination);
        if (parsed.label() != null && roots.size() > 1) {
            Set<String> onBranch = map.ancestors(List.of(lookup.resolveBranch(parsed.label())), false);
            List<String> kept = new ArrayList<>();
            for (String r : roots) {
                if (onBranch.contains(r)) {
                    kept.add(r);
                }
            }
            if (kept.isEmpty()) {
                throw RevisionException.other("Not a valid downgrade target from current heads");
            }
            roots = kept;
        }
        List<String> heads = new ArrayList<>();
        for (String h : lookup.getRevisions(current)) {
            if (h != null && !RevisionLookup.BASE.equals(h)) {
                heads.add(h);
            }
        }
        Set<String> remove = new LinkedHashSet<>(map.descendants(roots, true));
        remove.retainAll(map.ancestors(heads, true));
        if (destination != null && remove.isEmpty() && !heads.contains(destination)) {
            throw RevisionException.rangeNotAncestor("Nothing to drop", current.display());
        }
        return new Collected(remove, heads);
    }

    /**
     * Everything reachable from the targets through {@code next}, failing when one target reaches
     * another (Alembic: {@code Requested revision X overlaps with other requested revisions Y}).
     * As in Alembic, the traversal is shared between targets, so a target only "reaches" another
     * through revisions not already visited from an earlier target.
     */
    Set<String> checkedWalk(List<String> targets, RevisionMap.Edge next) {
        Set<String> seen = new LinkedHashSet<>();
        for (String target : targets) {
            Set<String> touched = new HashSet<>();
            List<String> stack = new ArrayList<>(List.of(target));
            while (!stack.isEmpty()) {
                String id = stack.remove(stack.size() - 1);
                touched.add(id);
                if (seen.add(id)) {
                    stack.addAll(map.next(id, next));
                }
            }
            List<String> overlaps = new ArrayList<>();
            for (String other : targets) {
                if (!other.equals(target) && touched.contains(other) && !overlaps.contains(other)) {
                    overlaps.add(other);
                }
            }
            if (!overlaps.isEmpty()) {
                throw RevisionException.other("Requested revision " + target
                        + " overlaps with other requested revisions " + String.join(", ", overlaps));
            }
        }
        return seen;
    }

    // ------------------------------------------------------------------ ordering

    /**
     * Orders revisions newest first, every revision before its ancestors (dependencies included).
     * Like Alembic it starts from the given heads in map order and follows one branch down until
     * the next revision is still needed by another pending branch, then switches; merge points and
     * dependencies add their other parents as new pending branches. Revisions not reachable from
     * the given heads (Alembic fails an assertion there) are ordered afterwards the same way,
     * starting from their own tips.
     */
    List<String> topologicalSort(Collection<String> revisions, List<String> heads) {
        Set<String> todo = new LinkedHashSet<>(revisions);
        List<String> output = new ArrayList<>();
        List<String> seeds = new ArrayList<>();
        for (String h : heads) {
            if (todo.contains(h)) {
                seeds.add(h);
            }
        }
        while (!todo.isEmpty()) {
            sortFrom(map.inMapOrder(seeds), todo, output);
            seeds = tipsOf(todo);
        }
        return output;
    }

    private List<String> tipsOf(Set<String> todo) {
        List<String> tips = new ArrayList<>();
        for (String id : todo) {
            Set<String> above = new HashSet<>(map.descendants(List.of(id), true));
            above.remove(id);
            above.retainAll(todo);
            if (above.isEmpty()) {
                tips.add(id);
            }
        }
        return tips;
    }

    private void sortFrom(List<String> startHeads, Set<String> todo, List<String> output) {
        List<String> pending = new ArrayList<>(startHeads);
        int current = 0;
        while (!pending.isEmpty()) {
            String candidate = pending.get(current);
            int blocker = -1;
            for (int i = 0; i < pending.size(); i++) {
                if (i != current && ancestry().isAncestorOrSelf(candidate, pending.get(i))) {
                    blocker = i;
                    break;
                }
            }
            if (blocker >= 0) {
                // Another pending branch still needs this revision: finish that branch first.
                current = blocker;
                continue;
            }
            if (todo.remove(candidate)) {
                output.add(candidate);
            }
            List<String> parents = new ArrayList<>();
            for (String p : map.normalizedDownRevisions(candidate)) {
                if (todo.contains(p) && !pending.contains(p)) {
                    parents.add(p);
                }
            }
            if (parents.isEmpty()) {
                pending.remove(current);
                current = Math.max(current - 1, 0);
            } else {
                pending.set(current, parents.get(0));
                pending.addAll(parents.subList(1, parents.size()));
            }
        }
    }

    private AncestorQuery ancestry() {
        if (ancestry == null) {
            ancestry = new AncestorQuery(map);
        }
        return ancestry;
    }
}
