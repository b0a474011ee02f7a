package org.alembic4j.graph;

import java.util.List;
import java.util.Objects;

import org.alembic4j.AlembicException;

/**
 * Selects and orders the revisions {@code alembic history [-r RANGE]} lists (spec 1.8): newest
 * first, every revision before its ancestors, both ends inclusive. The default range is
 * {@code base:heads}. A lower bound keeps only its descendants through {@code down_revision};
 * an upper bound brings in everything it needs, dependencies included. The upper side may be
 * relative ({@code ae10:+2}, {@code base:base+1}); a bare {@code -N} lower side counts down from
 * the heads; either side may be {@code current} (the version-table rows; an empty table reads as
 * the default for that side).
 */
public final class RevisionHistory {

    static final String RANGE_SYNTAX = "History range requires [start]:[end], [start]:, or :[end]";

    private final RevisionMap map;

    public RevisionHistory(RevisionMap map) {
        this.map = Objects.requireNonNull(map, "map");
    }

    /**
     * True when the range mentions {@code current} on either side, so the command must read the
     * version table before calling {@link #select(String, List)}.
     */
    public static boolean needsCurrent(String range) {
        if (range == null || !range.contains(":")) {
            return false;
        }
        String[] sides = range.strip().split(":", -1);
        return sides.length == 2 && ("current".equals(sides[0]) || "current".equals(sides[1]));
    }

    /**
     * The revisions to list, newest first.
     *
     * @param range       the {@code -r} value, or null for the whole history
     * @param currentRows the version-table rows; needed only when the range says {@code current}
     * @throws AlembicException {@code History range requires [start]:[end], [start]:, or :[end]},
     *         {@code Requested range A:B does not refer to ancestor/descendant revisions along the
     *         same branch}, {@code Can't locate revision identified by 'x'}, the multiple-heads text
     */
    public List<RevisionNode> select(String range, List<String> currentRows) {
        String base = null;
        String head = null;
        if (range != null) {
            if (!range.contains(":")) {
                throw new AlembicException(RANGE_SYNTAX);
            }
            String[] sides = range.strip().split(":", -1);
            if (sides.length != 2) {
                throw new AlembicException(RANGE_SYNTAX);
            }
            base = sides[0].isEmpty() ? null : sides[0];
            head = sides[1].isEmpty() ? null : sides[1];
        }
        RevSpec upper = side(head, "heads", currentRows);
        RevSpec lower = side(base, "base", currentRows);
        String start = base == null ? "base" : base;
        String end = head == null ? "heads" : head;
        CommandErrors errors = CommandErrors.of(null, null, start, end);
        try {
            return map.toNodes(new RevisionWalker(map).iterateUpgrade(upper, lower, true, false, false));
        } catch (RevisionException e) {
            throw errors.translate(e);
        }
    }

    private static RevSpec side(String value, String fallback, List<String> currentRows) {
        if ("current".equals(value)) {
            if (currentRows == null) {
                throw new IllegalArgumentException("history range '" + value
                        + "' needs the current version-table rows");
            }
            return currentRows.isEmpty() ? RevSpec.text(fallback) : RevSpec.ids(currentRows);
        }
        return RevSpec.text(value == null ? fallback : value);
    }
}
