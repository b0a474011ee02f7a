package org.alembic4j.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.alembic4j.AlembicException;

/**
 * Plans {@code upgrade}, {@code downgrade} and {@code stamp} from the rows of the version table,
 * with Alembic's semantics (spec sections 1.6, 1.13, 3 and 4.3-4.4), and computes each step's
 * version-table statements by threading the stored heads through the plan.
 *
 * <p>Every method takes the stored heads as read from the version table (online) or as given by
 * an offline {@code FROM:} (see {@link #offlineStartingHeads(String)}), and never touches a
 * database. Errors are {@link AlembicException}s carrying the text Alembic prints after
 * {@code FAILED:}; the detailed {@link RevisionException} is the cause.
 *
 * <p>Deterministic choices where Alembic uses Python set order: independent branches are planned
 * in revision-map order; a merge step keeps (updates) the row of its first parent and deletes the
 * other parents' rows; an un-merge updates the row to the first parent and inserts the others.
 */
public final class MigrationPlanner {

    /** An offline {@code FROM:TO} argument split at its colon. */
    public record RevisionRange(String from, String to) { }

    /** What {@code stamp --sql} starts from and stamps: the common {@code FROM} and the destinations. */
    public record OfflineStamp(List<String> startingHeads, List<String> destinations) {
        public OfflineStamp {
            startingHeads = List.copyOf(startingHeads);
            destinations = List.copyOf(destinations);
        }
    }

    private final RevisionMap map;

    public MigrationPlanner(RevisionMap map) {
        this.map = Objects.requireNonNull(map, "map");
    }

    /**
     * Plans {@code upgrade <destination>}: full ids, prefixes, {@code head}, {@code heads},
     * {@code label@head}, {@code +N}, {@code label@+N}, {@code rev+N}, {@code head-N} ... Steps run
     * base first; dependencies in other branches are pulled in. An already reached destination
     * gives an empty plan.
     *
     * @param storedHeads the rows of the version table
     */
    public List<MigrationStep> upgrade(Collection<String> storedHeads, String destination) {
        CommandErrors errors = CommandErrors.of(CommandErrors.UPGRADE_RANGE, null, null, destination);
        try {
            RevisionWalker walker = new RevisionWalker(map);
            List<String> order = new ArrayList<>(walker.iterateUpgrade(RevSpec.text(destination),
                    RevSpec.ids(storedHeads), false, true, true));
            Collections.reverse(order);
            VersionTableBookkeeper rows = new VersionTableBookkeeper(map, storedHeads);
            List<MigrationStep> steps = new ArrayList<>();
            for (String id : order) {
                RevisionNode node = map.node(id);
                steps.add(new MigrationStep(MigrationStep.Kind.UPGRADE, node, node.downRevisions(), List.of(id),
                        rows.upgrade(id)));
            }
            return steps;
        } catch (RevisionException e) {
            throw errors.translate(e);
        }
    }

    /**
     * Plans {@code downgrade <destination>}: {@code base}, {@code label@base}, ids, {@code -N},
     * {@code label@-N}, {@code head-N}, {@code base+N} ... Steps run newest first; revisions in
     * other branches that depend on a removed revision are removed too.
     *
     * @param storedHeads the rows of the version table
     */
    public List<MigrationStep> downgrade(Collection<String> storedHeads, String destination) {
        CommandErrors errors = CommandErrors.of(CommandErrors.DOWNGRADE_RANGE, null, null, destination);
        try {
            RevisionWalker walker = new RevisionWalker(map);
            List<String> order = walker.iterateDowngrade(RevSpec.ids(storedHeads), destination, true);
            VersionTableBookkeeper rows = new VersionTableBookkeeper(map, storedHeads);
            List<MigrationStep> steps = new ArrayList<>();
            for (String id : order) {
                RevisionNode node = map.node(id);
                steps.add(new MigrationStep(MigrationStep.Kind.DOWNGRADE, node, List.of(id), node.downRevisions(),
                        rows.downgrade(id)));
            }
            return steps;
        } catch (RevisionException e) {
            throw errors.translate(e);
        }
    }

    /**
     * Plans {@code stamp <destinations...>} (spec 1.13): for each destination, nothing if it is
     * already stored; else one step moving the stored heads in its lineage (dependencies
     * included) down or up to it; else a new row. {@code base} deletes the rows of the branches
     * named (all rows for plain {@code base}). With {@code purge} the plan starts from an empty
     * table; the caller deletes every row first.
     *
     * <p>As in Alembic, all stored heads in a destination's lineage move together, and the set of
     * stored heads considered is fixed before the first step (conformance quirk 7). Where Alembic
     * would fail on a row that an earlier step already removed (quirk 10), the step only touches
     * the rows still present.
     */
    public List<MigrationStep> stamp(Collection<String> storedHeads, List<String> destinations, boolean purge) {
        List<String> start = purge ? List.of() : List.copyOf(storedHeads);
        CommandErrors errors = CommandErrors.of(null, CommandErrors.STAMP_MULTIPLE_HEADS, null, null);
        try {
            return planStamp(start, destinations.isEmpty() ? List.of("base") : destinations);
        } catch (RevisionException e) {
            throw errors.translate(e);
        }
    }

    private List<MigrationStep> planStamp(List<String> storedHeads, List<String> destinations) {
        RevisionLookup lookup = new RevisionLookup(map);
        List<String> heads = lookup.getRevisionsOrFail(storedHeads);
        Set<String> inLineage = new LinkedHashSet<>();
        for (String destination : destinations) {
            if (destination != null && !destination.isEmpty()) {
                inLineage.addAll(lookup.filterForLineage(heads, destination, true));
            }
        }
        List<String> moving = new ArrayList<>(inLineage);
        List<String> targets = lookup.getRevisionsOrFail(destinations);

        VersionTableBookkeeper rows = new VersionTableBookkeeper(map, storedHeads);
        List<MigrationStep> steps = new ArrayList<>();
        if (targets.isEmpty()) {
            for (String head : moving) {
                steps.add(stampStep(rows, List.of(head), List.of(), false, true));
            }
            return steps;
        }
        for (String target : targets) {
            if (moving.contains(target)) {
                continue;
            }
            if (intersects(map.descendants(List.of(target), true), moving)) {
                steps.add(stampStep(rows, moving, List.of(target), false, false));
            } else if (intersects(map.ancestors(List.of(target), true), moving)) {
                steps.add(stampStep(rows, moving, List.of(target), true, false));
            } else {
                steps.add(stampStep(rows, List.of(), List.of(target), true, true));
            }
        }
        return steps;
    }

    private static boolean intersects(Set<String> a, List<String> b) {
        for (String x : b) {
            if (a.contains(x)) {
                return true;
            }
        }
        return false;
    }

    private static MigrationStep stampStep(VersionTableBookkeeper rows, List<String> from, List<String> to,
                                           boolean isUpgrade, boolean branchMove) {
        return new MigrationStep(MigrationStep.Kind.STAMP, null, from, to,
                rows.stamp(from, to, isUpgrade, branchMove));
    }

    // ------------------------------------------------------------------ offline (--sql)

    /**
     * Splits an offline {@code FROM:TO} argument; null when it has no colon. Only the first colon
     * splits (Alembic fails on a second one; here the rest stays in {@code to}).
     */
    public static RevisionRange splitRange(String argument) {
        int colon = argument.indexOf(':');
        if (colon < 0) {
            return null;
        }
        return new RevisionRange(argument.substring(0, colon), argument.substring(colon + 1));
    }

    /**
     * The heads an offline run starts from, given the {@code FROM} of {@code upgrade FROM:TO --sql},
     * {@code downgrade FROM:TO --sql} or {@code stamp --sql FROM:TO}: none for an empty value,
     * {@code base} or {@code label@base}; otherwise the one revision it names (partial ids and
     * symbols resolved; {@code heads} with several heads fails like Alembic).
     */
    public List<String> offlineStartingHeads(String from) {
        if (from == null || from.isEmpty() || "base".equals(from)) {
            return List.of();
        }
        try {
            String id = new RevisionLookup(map).getRevision(from);
            return id == null ? List.of() : List.of(id);
        } catch (RevisionException e) {
            throw CommandErrors.defaults().translate(e);
        }
    }

    /**
     * Reads the arguments of {@code stamp --sql}: each may be {@code FROM:TO}; all {@code FROM}s
     * must be equal ({@code Stamp operation with --sql only supports a single starting revision
     * at a time}). Pass the result to {@link #stamp(Collection, List, boolean)}.
     */
    public OfflineStamp offlineStamp(List<String> arguments) {
        String from = null;
        List<String> destinations = new ArrayList<>();
        for (String argument : arguments) {
            RevisionRange range = splitRange(argument);
            if (range == null) {
                destinations.add(argument);
                continue;
            }
            if (!range.from().equals(from)) {
                if (from != null) {
                    throw new AlembicException(
                            "Stamp operation with --sql only supports a single starting revision at a time");
                }
                from = range.from();
            }
            destinations.add(range.to());
        }
        return new OfflineStamp(offlineStartingHeads(from), destinations);
    }

    /** The rows after applying {@code changes} to {@code heads}, in a stable order. */
    public static List<String> applyChanges(Collection<String> heads, List<VersionChange> changes) {
        Set<String> rows = new LinkedHashSet<>(heads);
        for (VersionChange change : changes) {
            change.applyTo(rows);
        }
        return new ArrayList<>(rows);
    }
}
