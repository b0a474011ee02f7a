package org.alembic4j.graph;

import java.util.Collection;
import java.util.List;

/**
 * One side of a planning request, as Alembic passes it around: an identifier typed by the user
 * ({@code "heads"}, {@code "ae10"}, {@code "-2"}), or the revision ids read from a version table,
 * or nothing (base).
 */
record RevSpec(String text, List<String> ids) {

    static final RevSpec NONE = new RevSpec(null, null);

    static RevSpec text(String text) {
        return text == null ? NONE : new RevSpec(text, null);
    }

    static RevSpec ids(Collection<String> ids) {
        return new RevSpec(null, List.copyOf(ids));
    }

    /** The identifiers this side stands for before resolution (Alembic's {@code to_tuple}). */
    List<String> tuple() {
        if (text != null) {
            return List.of(text);
        }
        return ids == null ? List.of() : ids;
    }

    /** Python truthiness: nothing, an empty string or an empty tuple. */
    boolean isEmpty() {
        return tuple().isEmpty() || (text != null && text.isEmpty());
    }

    /** How the side appears in an error message. */
    String display() {
        if (text != null) {
            return text;
        }
        return ids == null || ids.isEmpty() ? "base" : String.join(", ", ids);
    }
}
