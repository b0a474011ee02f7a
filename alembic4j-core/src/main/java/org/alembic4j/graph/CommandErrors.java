package org.alembic4j.graph;

import org.alembic4j.AlembicException;

/**
 * Turns a detailed {@link RevisionException} into the text a command prints after {@code FAILED:},
 * the way each Alembic command words it. Templates use Alembic's placeholders {@code %(start)s},
 * {@code %(end)s}, {@code %(head_arg)s} and {@code %(heads)s}; a {@code null} template means the
 * default wording.
 */
final class CommandErrors {

    static final String DEFAULT_RANGE = "Requested range %(start)s:%(end)s does not refer to "
            + "ancestor/descendant revisions along the same branch";
    static final String DEFAULT_MULTIPLE_HEADS = "Multiple head revisions are present for given argument "
            + "'%(head_arg)s'; please specify a specific target revision, '<branchname>@%(head_arg)s' to "
            + "narrow to a specific head, or 'heads' for all heads";
    static final String UPGRADE_RANGE = "Destination %(end)s is not a valid upgrade target from current head(s)";
    static final String DOWNGRADE_RANGE = "Destination %(end)s is not a valid downgrade target from current head(s)";
    static final String REVISION_MULTIPLE_HEADS = "Multiple heads are present; please specify the head revision "
            + "on which the new revision should be based, or perform a merge.";
    static final String STAMP_MULTIPLE_HEADS = "Multiple heads are present; please specify a single target revision";

    private final String rangeTemplate;
    private final String multipleHeadsTemplate;
    private final String start;
    private final String end;

    private CommandErrors(String rangeTemplate, String multipleHeadsTemplate, String start, String end) {
        this.rangeTemplate = rangeTemplate;
        this.multipleHeadsTemplate = multipleHeadsTemplate;
        this.start = start;
        this.end = end;
    }

    /** Alembic's default wording (the script directory's plain look-ups). */
    static CommandErrors defaults() {
        return new CommandErrors(null, null, null, null);
    }

    static CommandErrors of(String rangeTemplate, String multipleHeadsTemplate, String start, String end) {
        return new CommandErrors(rangeTemplate, multipleHeadsTemplate, start, end);
    }

    /**
     * The command-line form of {@code e}. Callers catch and translate in place rather than pass
     * a lambda: the read-only commands go through here, and the first lambda a JVM links costs
     * more than the look-up it would wrap.
     */
    AlembicException translate(RevisionException e) {
        return new AlembicException(message(e), e);
    }

    private String message(RevisionException e) {
        switch (e.kind()) {
            case RANGE_NOT_ANCESTOR: {
                String s = start != null ? start : e.lower();
                String t = end != null ? end : e.upper();
                String template = rangeTemplate != null ? rangeTemplate : DEFAULT_RANGE;
                return template.replace("%(start)s", String.valueOf(s)).replace("%(end)s", String.valueOf(t));
            }
            case MULTIPLE_HEADS: {
                String headArg = end != null ? end : e.argument();
                String template = multipleHeadsTemplate != null ? multipleHeadsTemplate : DEFAULT_MULTIPLE_HEADS;
                return template.replace("%(head_arg)s", String.valueOf(headArg))
                        .replace("%(heads)s", String.join(", ", e.heads()));
            }
            case RESOLUTION:
                return "Can't locate revision identified by '" + e.argument() + "'";
            default:
                return e.getMessage();
        }
    }
}
