package org.alembic4j.graph;

import java.util.List;

/**
 * The detailed reason an identifier could not be resolved or a plan could not be made, worded as
 * Alembic's revision map words it ({@code No such revision or branch 'x'}, {@code Multiple heads
 * are present for given argument 'head'; a, b}, {@code Ambiguous walk}, ...).
 *
 * <p>The public operations of this package never let this escape on its own: they throw an
 * {@link org.alembic4j.AlembicException} with the command-level text Alembic prints after
 * {@code FAILED:}, and attach this exception as its cause (what {@code --raiseerr} shows).
 */
public final class RevisionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Which of Alembic's revision errors this is; the command layer words each kind differently. */
    public enum Kind {
        /** An identifier that names no revision, or names several (ambiguous prefix). */
        RESOLUTION,
        /** A symbol such as {@code head} that stands for several revisions where one is needed. */
        MULTIPLE_HEADS,
        /** Two ends of a range (or a target and the current heads) that are not on one line. */
        RANGE_NOT_ANCESTOR,
        /** Anything else: walks, relative moves, overlaps; its message is shown as it is. */
        OTHER
    }

    private final Kind kind;
    private final String argument;
    private final List<String> heads;
    private final String lower;
    private final String upper;

    private RevisionException(Kind kind, String message, String argument, List<String> heads,
                              String lower, String upper) {
        super(message);
        this.kind = kind;
        this.argument = argument;
        this.heads = heads == null ? List.of() : List.copyOf(heads);
        this.lower = lower;
        this.upper = upper;
    }

    static RevisionException resolution(String message, String argument) {
        return new RevisionException(Kind.RESOLUTION, message, argument, null, null, null);
    }

    static RevisionException multipleHeads(List<String> heads, String argument) {
        String message = "Multiple heads are present for given argument '" + argument + "'; "
                + String.join(", ", heads);
        return new RevisionException(Kind.MULTIPLE_HEADS, message, argument, heads, null, null);
    }

    static RevisionException rangeNotAncestor(String lower, String upper) {
        String message = "Revision " + (lower == null || lower.isEmpty() ? "base" : lower)
                + " is not an ancestor of revision " + (upper == null || upper.isEmpty() ? "base" : upper);
        return new RevisionException(Kind.RANGE_NOT_ANCESTOR, message, null, null, lower, upper);
    }

    static RevisionException other(String message) {
        return new RevisionException(Kind.OTHER, message, null, null, null, null);
    }

    public Kind kind() {
        return kind;
    }

    /** The identifier at fault, for {@link Kind#RESOLUTION} and {@link Kind#MULTIPLE_HEADS}. */
    public String argument() {
        return argument;
    }

    /** The competing heads, for {@link Kind#MULTIPLE_HEADS}. */
    public List<String> heads() {
        return heads;
    }

    /** The lower end, for {@link Kind#RANGE_NOT_ANCESTOR}. */
    public String lower() {
        return lower;
    }

    /** The upper end, for {@link Kind#RANGE_NOT_ANCESTOR}. */
    public String upper() {
        return upper;
    }
}
