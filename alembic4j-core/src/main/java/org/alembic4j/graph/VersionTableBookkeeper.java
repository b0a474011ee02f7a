package org.alembic4j.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Threads the set of stored heads through a plan and says, per step, which rows of the version
 * table to insert, update or delete (spec section 4.4). The rows are kept as the tips of the
 * applied revisions: a revision implied by another stored row (as its ancestor through
 * {@code down_revision} or {@code depends_on}) has no row of its own.
 *
 * <p>Where Alembic picks a row by Python set order (which parent row a merge keeps, which target
 * an un-merge updates to), the first in {@code down_revision}-then-dependencies order is chosen:
 * a merge deletes the other parent rows and updates the first; an un-merge inserts the other
 * parents and updates the revision's row to the first. Where Alembic crashes on a row that is not
 * there (conformance quirk 10) the change is computed from the rows actually present.
 */
final class VersionTableBookkeeper {

    private final RevisionMap map;
    private final Set<String> heads;

    VersionTableBookkeeper(RevisionMap map, Collection<String> storedHeads) {
        this.map = map;
        this.heads = new LinkedHashSet<>(storedHeads);
    }

    /** The rows as they stand after the steps seen so far. */
    List<String> heads() {
        return List.copyOf(heads);
    }

    /** The changes after running {@code revision}'s upgrade. */
    List<VersionChange> upgrade(String revision) {
        List<VersionChange> changes = new ArrayList<>();
        if (heads.contains(revision)) {
            return changes;
        }
        List<String> downs = map.normalizedDownRevisions(revision);
        List<String> present = present(downs);
        if (present.isEmpty()) {
            insert(revision, changes);
        } else if (present.size() > 1) {
            Set<String> others = new LinkedHashSet<>(heads);
            others.removeAll(downs);
            Set<String> implied = map.ancestors(others, true);
            List<String> merged = new ArrayList<>();
            for (String d : present) {
                if (!implied.contains(d)) {
                    merged.add(d);
                }
            }
            if (merged.isEmpty()) {
                insert(revision, changes);
            } else {
                for (String d : merged.subList(1, merged.size())) {
                    delete(d, changes);
                }
                update(merged.get(0), revision, changes);
            }
        } else {
            update(present.get(0), revision, changes);
        }
        return changes;
    }

    /** The changes after running {@code revision}'s downgrade. */
    List<VersionChange> downgrade(String revision) {
        List<VersionChange> changes = new ArrayList<>();
        if (!heads.contains(revision)) {
            // Only reachable from an inconsistent table; the revision is implied by another row.
            return changes;
        }
        List<String> downs = map.normalizedDownRevisions(revision);
        List<String> targets = unmergeTargets(revision, downs);
        if (downs.isEmpty() || targets.isEmpty()) {
            delete(revision, changes);
        } else if (downs.size() > 1) {
            for (String t : targets.subList(1, targets.size())) {
                insert(t, changes);
            }
            update(revision, targets.get(0), changes);
        } else {
            update(revision, downs.get(0), changes);
        }
        return changes;
    }

    /**
     * The parents that get a row back when {@code revision} goes: those not implied by another
     * stored row; when no other row is stored, those not an ancestor of another parent. This is
     * Alembic 1.20's rule exactly (seed 52 of the conformance goldens depends on it): with other
     * rows stored, a parent that is an ancestor of another parent (a dependency on an ancestor)
     * gets its own row, so the table briefly holds a revision next to its descendant.
     */
    private List<String> unmergeTargets(String revision, List<String> downs) {
        Set<String> others = new LinkedHashSet<>(heads);
        others.remove(revision);
        Set<String> implied = new LinkedHashSet<>();
        if (!others.isEmpty()) {
            implied.addAll(map.ancestors(others, true));
        } else if (downs.size() > 1) {
            for (String d : downs) {
                Set<String> below = new LinkedHashSet<>(map.ancestors(List.of(d), true));
                below.remove(d);
                implied.addAll(below);
            }
        }
        List<String> targets = new ArrayList<>();
        for (String d : downs) {
            if (!implied.contains(d)) {
                targets.add(d);
            }
        }
        return targets;
    }

    /**
     * The changes for one stamp step, by Alembic's rules: a move to base deletes; an upward move
     * whose destination is new and whose sources are not all stored inserts; several sources
     * merge (delete all but one, update it); otherwise the one source is updated. Sources that
     * are not stored are skipped instead of failing.
     */
    List<VersionChange> stamp(List<String> from, List<String> to, boolean isUpgrade, boolean branchMove) {
        List<VersionChange> changes = new ArrayList<>();
        if (!isUpgrade && branchMove) {
            for (String f : from) {
                if (heads.contains(f)) {
                    delete(f, changes);
                }
            }
            return changes;
        }
        boolean someSourceMissing = !heads.containsAll(from);
        boolean destinationNew = !heads.containsAll(to);
        if (isUpgrade && (branchMove || someSourceMissing) && destinationNew) {
            for (String t : to) {
                if (!heads.contains(t)) {
                    insert(t, changes);
                }
            }
            return changes;
        }
        String destination = to.get(0);
        List<String> sources = present(from);
        sources.remove(destination);
        if (heads.contains(destination)) {
            for (String s : sources) {
                delete(s, changes);
            }
        } else if (sources.isEmpty()) {
            insert(destination, changes);
        } else {
            for (String s : sources.subList(0, sources.size() - 1)) {
                delete(s, changes);
            }
            update(sources.get(sources.size() - 1), destination, changes);
        }
        return changes;
    }

    private List<String> present(List<String> ids) {
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            if (heads.contains(id) && !out.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }

    private void insert(String version, List<VersionChange> changes) {
        heads.add(version);
        changes.add(new VersionChange.Insert(version));
    }

    private void delete(String version, List<VersionChange> changes) {
        heads.remove(version);
        changes.add(new VersionChange.Delete(version));
    }

    private void update(String from, String to, List<VersionChange> changes) {
        heads.remove(from);
        heads.add(to);
        changes.add(new VersionChange.Update(from, to));
    }
}
