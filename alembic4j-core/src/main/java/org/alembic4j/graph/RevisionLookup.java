package org.alembic4j.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identifier grammar (spec section 3): resolves full ids, prefixes, {@code head}, {@code heads},
 * {@code base}, {@code label@...}, and walks {@code N} steps up or down. Errors are
 * {@link RevisionException}s worded as Alembic's revision map words them; the public classes
 * reword them for the command line.
 *
 * <p>Results are lists of revision ids. A walk may also produce {@code null} (it ran past the end
 * of the graph) or {@link #BASE} (it stepped below a base revision); callers decide what those mean.
 */
final class RevisionLookup {

    /** The position below every base revision, as reached by walking down. */
    static final String BASE = "\u0000base";

    /**
     * The identifier patterns, compiled only when an identifier could match one: compiling a
     * pattern is the first lambda-using code of a command, and costs more than the rest of a
     * plain look-up.
     */
    private static final class Patterns {
        /** Alembic's relative form: optional {@code branch@}, optional word, then a signed integer. */
        static final Pattern RELATIVE = Pattern.compile("(?:(.+?)@)?(\\w+)?([+-]\\d+)",
                Pattern.UNICODE_CHARACTER_CLASS);
        static final Pattern INTEGER = Pattern.compile("\\s*[+-]?\\d+(?:_\\d+)*\\s*",
                Pattern.UNICODE_CHARACTER_CLASS);
    }

    private final RevisionMap map;

    RevisionLookup(RevisionMap map) {
        this.map = map;
    }

    RevisionMap map() {
        return map;
    }

    /** The result of splitting off a branch label and expanding {@code head}/{@code heads}/{@code base}. */
    record Resolved(List<String> ids, String label) { }

    /** A parsed relative identifier such as {@code feature@+1}, {@code head-2} or {@code -1}. */
    record Relative(String label, String symbol, String signed, long steps) { }

    /** The relative form at the start of {@code text} (Alembic matches a prefix), or null. */
    static Relative relative(String text) {
        if (text == null || text.indexOf('+') < 0 && text.indexOf('-') < 0) {
            return null; // the form needs a sign
        }
        Matcher m = Patterns.RELATIVE.matcher(text);
        if (!m.lookingAt()) {
            return null;
        }
        return new Relative(m.group(1), m.group(2), m.group(3), parseLong(m.group(3)));
    }

    /** Python's {@code int(text)} for the values identifiers carry, or null when not an integer. */
    static Long pythonInt(String text) {
        if (text == null || hasLetter(text) || !Patterns.INTEGER.matcher(text).matches()) {
            return null;
        }
        return parseLong(text.strip().replace("_", ""));
    }

    /**
     * A letter is neither a digit, a sign, an underscore nor white space, so a text with one is no
     * integer; revision ids (hexadecimal) almost always have one.
     */
    private static boolean hasLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static long parseLong(String signed) {
        String digits = signed.startsWith("+") ? signed.substring(1) : signed;
        StringBuilder ascii = new StringBuilder();
        for (char c : digits.toCharArray()) {
            ascii.append(Character.isDigit(c) ? Character.forDigit(Character.digit(c, 10), 10) : c);
        }
        try {
            return Long.parseLong(ascii.toString());
        } catch (NumberFormatException e) {
            // Beyond any graph: treat as the largest walk, which runs past the end.
            return ascii.toString().startsWith("-") ? -Integer.MAX_VALUE : Integer.MAX_VALUE;
        }
    }

    static String migrationsMessage(String signed, long steps) {
        return "Relative revision " + signed + " didn't produce " + Math.abs(steps) + " migrations";
    }

    // ------------------------------------------------------------------ symbols

    Resolved resolveNumber(String identifier) {
        String label = null;
        String id = identifier;
        if (id != null && id.contains("@")) {
            int at = id.indexOf('@');
            label = id.substring(0, at);
            id = id.substring(at + 1);
            if (label.isEmpty()) {
                label = null;
            }
        }
        if ("heads".equals(id)) {
            return label != null
                    ? new Resolved(filterForLineage(map.heads(), label, false), label)
                    : new Resolved(map.realHeads(), null);
        }
        if ("head".equals(id)) {
            String head = currentHead(label);
            return new Resolved(head == null ? List.of() : List.of(head), label);
        }
        if (id == null || "base".equals(id)) {
            return new Resolved(List.of(), label);
        }
        return new Resolved(List.of(id), label);
    }

    /** The single head (of a branch), by {@code down_revision}; null on an empty graph. */
    String currentHead(String label) {
        List<String> heads = map.heads();
        if (label != null) {
            heads = filterForLineage(heads, label, false);
        }
        if (heads.size() > 1) {
            throw RevisionException.multipleHeads(heads, label != null ? label + "@head" : "head");
        }
        return heads.isEmpty() ? null : heads.get(0);
    }

    /**
     * Alembic's {@code get_revisions}: the revisions an identifier stands for. A bare negative
     * number (optionally {@code label@-N}) walks down from each real head carrying the label; its
     * results may be {@code null} or {@link #BASE}.
     */
    List<String> getRevisions(String identifier) {
        Resolved r = resolveNumber(identifier);
        if (r.ids().size() == 1) {
            Long n = pythonInt(r.ids().get(0));
            if (n != null && n < 0) {
                List<String> out = new ArrayList<>();
                for (String head : map.realHeads()) {
                    if (r.label() == null || map.branchLabels(head).contains(r.label())) {
                        out.add(walk(head, n, null, true));
                    }
                }
                return out;
            }
        }
        List<String> out = new ArrayList<>();
        for (String id : r.ids()) {
            out.add(revisionForIdent(id, r.label()));
        }
        return out;
    }

    /** {@code get_revisions} of a tuple: the concatenation of each element's revisions. */
    List<String> getRevisions(Collection<String> identifiers) {
        List<String> out = new ArrayList<>();
        for (String identifier : identifiers) {
            if (identifier != null) {
                out.addAll(getRevisions(identifier));
            }
        }
        return out;
    }

    List<String> getRevisions(RevSpec spec) {
        return spec.text() != null ? getRevisions(spec.text()) : getRevisions(spec.tuple());
    }

    /** {@link #getRevisions(String)} where a walk past the end is an error and base means nothing. */
    List<String> getRevisionsOrFail(String identifier) {
        return clean(getRevisions(identifier), identifier);
    }

    List<String> getRevisionsOrFail(Collection<String> identifiers) {
        return clean(getRevisions(identifiers), String.join(", ", identifiers));
    }

    private static List<String> clean(List<String> ids, String identifier) {
        List<String> out = new ArrayList<>();
        for (String id : ids) {
            if (id == null) {
                Relative rel = relative(identifier);
                throw RevisionException.other(rel == null ? "Walked too far"
                        : migrationsMessage(rel.signed(), rel.steps()));
            }
            if (!BASE.equals(id) && !out.contains(id)) {
                out.add(id);
            }
        }
        return out;
    }

    /** Alembic's {@code get_revision}: at most one revision; null for base. */
    String getRevision(String identifier) {
        Resolved r = resolveNumber(identifier);
        if (r.ids().size() > 1) {
            throw RevisionException.multipleHeads(r.ids(), identifier);
        }
        if (r.ids().isEmpty()) {
            if (r.label() != null) {
                resolveBranch(r.label());
            }
            return null;
        }
        return revisionForIdent(r.ids().get(0), r.label());
    }

    /** The revision a branch label (or a revision id or prefix used as one) stands for. */
    String resolveBranch(String label) {
        String owner = map.revisionOfKey(label);
        if (owner != null) {
            return owner;
        }
        try {
            return revisionForIdent(label, null);
        } catch (RevisionException e) {
            RevisionException wrapped = RevisionException.resolution("No such branch: '" + label + "'", label);
            wrapped.initCause(e);
            throw wrapped;
        }
    }

    /**
     * Exact key, else the unique key (id or label longer than three characters) starting with the
     * text; when a branch is given the candidates are limited to its lineage and the result must
     * share it.
     */
    String revisionForIdent(String resolvedId, String checkBranch) {
        String branchRev = checkBranch != null ? resolveBranch(checkBranch) : null;
        String revision = map.revisionOfKey(resolvedId);
        if (revision == null) {
            Map<String, String> keys = map.keys();
            List<String> candidates = new ArrayList<>();
            if (!resolvedId.isEmpty()) {
                for (String key : keys.keySet()) {
                    if (key.length() > 3 && key.startsWith(resolvedId)) {
                        candidates.add(key);
                    }
                }
            }
            if (branchRev != null) {
                candidates = filterForLineage(candidates, checkBranch, false);
            }
            if (candidates.isEmpty()) {
                throw RevisionException.resolution("No such revision or branch '" + resolvedId + "'"
                        + (resolvedId.length() < 4 ? "; please ensure at least four characters are present "
                        + "for partial revision identifier matches" : ""), resolvedId);
            }
            if (candidates.size() > 1) {
                List<String> quoted = new ArrayList<>();
                for (String c : candidates.subList(0, Math.min(3, candidates.size()))) {
                    quoted.add("'" + c + "'");
                }
                throw RevisionException.resolution("Multiple revisions start with '" + resolvedId + "': "
                        + String.join(", ", quoted) + "...", resolvedId);
            }
            revision = keys.get(candidates.get(0));
        }
        if (checkBranch != null && !sharesLineage(revision, List.of(branchRev), false)) {
            throw RevisionException.resolution("Revision " + revision + " is not a member of branch '"
                    + checkBranch + "'", resolvedId);
        }
        return revision;
    }

    /** The targets (ids or keys) that share lineage with what {@code checkAgainst} resolves to. */
    List<String> filterForLineage(List<String> targets, String checkAgainst, boolean includeDependencies) {
        Resolved r = resolveNumber(checkAgainst);
        List<String> shares = new ArrayList<>();
        if (r.label() != null) {
            shares.add(r.label());
        }
        shares.addAll(r.ids());
        List<String> out = new ArrayList<>();
        for (String target : targets) {
            if (sharesLineage(target, shares, includeDependencies)) {
                out.add(target);
            }
        }
        return out;
    }

    /** True when one of {@code against} is the target, an ancestor or a descendant of it. */
    boolean sharesLineage(String target, List<String> against, boolean includeDependencies) {
        if (against.isEmpty()) {
            return true;
        }
        String resolved = revisionForIdent(target, null);
        Set<String> others = new LinkedHashSet<>();
        for (String other : against) {
            others.add(revisionForIdent(other, null));
        }
        Set<String> line = new LinkedHashSet<>(map.descendants(List.of(resolved), includeDependencies));
        line.addAll(map.ancestors(List.of(resolved), includeDependencies));
        line.retainAll(others);
        return !line.isEmpty();
    }

    /**
     * Walks {@code steps} up (positive) or down (negative) from {@code start} (an id; null means
     * "before the bases" going up and "the heads" going down). Going up, a branch label limits the
     * candidates to its lineage. Any fork is {@code Ambiguous walk}. Running out of revisions gives
     * null when {@code noOverwalk}, else the last position reached.
     */
    String walk(String start, long steps, String branchLabel, boolean noOverwalk) {
        String at = start;
        for (long i = 0; i < Math.abs(steps); i++) {
            List<String> next;
            if (steps > 0) {
                List<String> up = at == null || BASE.equals(at) ? map.bases() : map.children(at);
                next = branchLabel != null ? filterForLineage(up, branchLabel, false) : up;
            } else if (BASE.equals(at)) {
                next = List.of();
            } else {
                next = at == null ? map.heads() : map.downRevisions(at);
                if (next.isEmpty()) {
                    next = List.of(BASE);
                }
            }
            if (next.isEmpty()) {
                return noOverwalk ? null : at;
            }
            if (next.size() > 1) {
                throw RevisionException.other("Ambiguous walk");
            }
            at = next.get(0);
        }
        return at;
    }

    /**
     * Alembic's {@code _get_all_current}: the given rows and their ancestors (dependencies
     * included), reduced to the revisions with no {@code down_revision} descendant in that set.
     * The set is closed under ancestors, so a revision has a descendant in it exactly when one
     * of its children does.
     */
    List<String> allCurrent(Collection<String> rows) {
        boolean[] applied = map.ancestorMarks(getRevisionsOrFail(rows));
        List<String> tips = new ArrayList<>();
        for (int p = 0; p < applied.length; p++) {
            if (applied[p]) {
                boolean covered = false;
                for (String child : map.children(map.idAt(p))) {
                    covered |= applied[map.position(child)];
                }
                if (!covered) {
                    tips.add(map.idAt(p));
                }
            }
        }
        return tips;
    }
}
