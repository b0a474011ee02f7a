package org.alembic4j.graph;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The text of Alembic's read-only listings (spec 1.7-1.12), byte for byte: {@code heads},
 * {@code branches}, {@code history}, {@code show}, {@code current} and the verbose block. Each
 * method returns everything the command prints on standard output, every printed item ending in
 * a newline as Python's {@code print} ends it.
 *
 * <p>Where Alembic prints a Python set, the order is made deterministic: branch labels are sorted
 * by name; branch-point children ({@code Branches into:} and the {@code ->} lines) and
 * {@code current} heads follow revision-map order. The {@code Path:} line shows the file's
 * absolute path.
 */
public final class RevisionListing {

    /** The line breaks Python's {@code str.splitlines()} recognises; compiled for the first verbose entry. */
    private static final class LineBreak {
        static final Pattern PATTERN =
                Pattern.compile("\r\n|[\n\r\u000B\u000C\u001C\u001D\u001E\u0085\u2028\u2029]");
    }

    private final RevisionMap map;

    public RevisionListing(RevisionMap map) {
        this.map = Objects.requireNonNull(map, "map");
    }

    /**
     * {@code alembic heads [-v] [--resolve-dependencies]}: heads by {@code down_revision} (real
     * and effective) in map order, or only the real heads.
     */
    public String heads(boolean verbose, boolean resolveDependencies) {
        StringBuilder out = new StringBuilder();
        for (String id : resolveDependencies ? map.realHeads() : map.heads()) {
            out.append(verbose ? verboseEntry(id, false) : headOnly(id, true, false, false, false, false))
                    .append('\n');
        }
        return out.toString();
    }

    /**
     * {@code alembic branches [-v]}: each branch point in history order, its children indented
     * under it, then an empty line.
     */
    public String branches(boolean verbose) {
        StringBuilder out = new StringBuilder();
        for (RevisionNode node : new RevisionHistory(map).select(null, null)) {
            String id = node.id();
            if (!map.isBranchPoint(id)) {
                continue;
            }
            out.append(verbose ? verboseEntry(id, false) : headOnly(id, true, false, false, true, false))
                    .append('\n');
            String indent = " ".repeat(id.length());
            List<String> children = map.children(id);
            for (int i = 0; i < children.size(); i++) {
                if (i > 0) {
                    out.append('\n');
                }
                out.append(indent).append(" -> ")
                        .append(headOnly(children.get(i), true, verbose, false, true, false));
            }
            out.append("\n\n");
        }
        return out.toString();
    }

    /**
     * {@code alembic history [-v] [-i]} for revisions chosen by {@link RevisionHistory#select}.
     *
     * @param currentRows version-table rows to mark {@code (current)} ({@code -i}); null for none
     */
    public String history(List<RevisionNode> revisions, boolean verbose, Collection<String> currentRows) {
        Set<String> marked = currentRows == null ? Set.of() : Set.copyOf(currentRows);
        StringBuilder out = new StringBuilder();
        for (RevisionNode node : revisions) {
            boolean current = marked.contains(node.id());
            out.append(verbose ? verboseEntry(node.id(), current) : headOnly(node.id(), true, true, true, true, current))
                    .append('\n');
        }
        return out.toString();
    }

    /**
     * {@code alembic show <identifier>}: the verbose block of each revision it resolves to
     * ({@code base} prints nothing).
     *
     * @throws org.alembic4j.AlembicException when the identifier does not resolve
     */
    public String show(String identifier) {
        return show(map.resolve(identifier));
    }

    /**
     * {@code alembic show current}: the verbose block of each revision stored in the version table.
     *
     * @throws org.alembic4j.AlembicException when a row names no revision
     */
    public String showCurrent(Collection<String> storedRows) {
        List<String> ids;
        try {
            ids = new RevisionLookup(map).getRevisionsOrFail(List.copyOf(storedRows));
        } catch (RevisionException e) {
            throw CommandErrors.defaults().translate(e);
        }
        return show(map.toNodes(ids));
    }

    /** The verbose blocks of the given revisions. */
    public String show(List<RevisionNode> revisions) {
        StringBuilder out = new StringBuilder();
        for (RevisionNode node : revisions) {
            out.append(verboseEntry(node.id(), false)).append('\n');
        }
        return out.toString();
    }

    /**
     * {@code alembic current [-v]} without its {@code Current revision(s) for <url>:} header line:
     * one line (or verbose block) per effective current head.
     *
     * @throws org.alembic4j.AlembicException when a row names no revision
     */
    public String current(Collection<String> storedRows, boolean verbose) {
        StringBuilder out = new StringBuilder();
        for (String id : map.currentHeads(storedRows)) {
            out.append(verbose ? verboseEntry(id, false) : headOnly(id, false, false, false, true, false))
                    .append('\n');
        }
        return out.toString();
    }

    /**
     * The one-line form: {@code [<parents>[ (<deps>)] -> ]<rev>[ (<labels>)][ (head)| (effective head)]
     * [ (current)][ (branchpoint)][ (mergepoint)][, <message>]}.
     */
    public String oneLine(String id, boolean includeLabels, boolean includeMessage, boolean includeParents,
                          boolean treeIndicators, boolean current) {
        return headOnly(id, includeLabels, includeMessage, includeParents, treeIndicators, current);
    }

    private String headOnly(String id, boolean includeLabels, boolean includeMessage, boolean includeParents,
                            boolean treeIndicators, boolean current) {
        RevisionNode node = map.node(id);
        StringBuilder text = new StringBuilder();
        if (includeParents) {
            text.append(parents(node));
            if (!node.dependsOn().isEmpty()) {
                text.append(" (").append(String.join(", ", node.dependsOn())).append(')');
            }
            text.append(" -> ");
        }
        text.append(id);
        if (includeLabels && !map.branchLabels(id).isEmpty()) {
            text.append(" (").append(String.join(", ", map.branchLabels(id))).append(')');
        }
        if (map.isRealHead(id)) {
            text.append(" (head)");
        } else if (map.isHead(id)) {
            text.append(" (effective head)");
        }
        if (current) {
            text.append(" (current)");
        }
        if (treeIndicators) {
            appendTree(text, id);
        }
        if (includeMessage) {
            text.append(", ").append(node.message());
        }
        return text.toString();
    }

    private void appendTree(StringBuilder text, String id) {
        if (map.isBranchPoint(id)) {
            text.append(" (branchpoint)");
        }
        if (map.isMergePoint(id)) {
            text.append(" (mergepoint)");
        }
    }

    private static String parents(RevisionNode node) {
        return node.downRevisions().isEmpty() ? "<base>" : String.join(", ", node.downRevisions());
    }

    /**
     * The verbose block (spec 1.12), ending with the newline after the last docstring line (a
     * listing prints one more newline after it). Its {@code Rev:} line says {@code (head)} for
     * any head by {@code down_revision}, effective heads included.
     */
    public String verboseEntry(String id, boolean current) {
        RevisionNode node = map.node(id);
        StringBuilder entry = new StringBuilder("Rev: ").append(id);
        if (map.isHead(id)) {
            entry.append(" (head)");
        }
        appendTree(entry, id);
        if (current) {
            entry.append(" (current)");
        }
        entry.append('\n');
        entry.append(map.isMergePoint(id) ? "Merges: " : "Parent: ").append(parents(node)).append('\n');
        if (!node.dependsOn().isEmpty()) {
            entry.append("Also depends on: ").append(String.join(", ", node.dependsOn())).append('\n');
        }
        if (map.isBranchPoint(id)) {
            entry.append("Branches into: ").append(String.join(", ", map.children(id))).append('\n');
        }
        if (!map.branchLabels(id).isEmpty()) {
            entry.append("Branch names: ").append(String.join(", ", map.branchLabels(id))).append('\n');
        }
        entry.append("Path: ").append(node.path() == null ? "" : node.path().toAbsolutePath()).append('\n');
        entry.append('\n');
        String doc = node.longDoc();
        if (!doc.isEmpty()) {
            String[] lines = LineBreak.PATTERN.split(doc, -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    entry.append('\n');
                }
                entry.append("    ").append(lines[i]);
            }
        }
        entry.append('\n');
        return entry.toString();
    }
}
