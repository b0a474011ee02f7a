package org.alembic4j.graph;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * One revision as the script directory read it: its identity and its edges as written in the file.
 *
 * <p>Derived facts (children, heads, inherited branch labels) belong to {@link RevisionMap}, not to
 * this value.
 *
 * @param id             the revision id
 * @param downRevisions  parents in the order written; empty for a base
 * @param branchLabels   labels declared on this revision (not the inherited ones)
 * @param dependsOn      dependencies as written: full ids, or branch labels kept as labels
 * @param docstring      the script's documentation block; its first paragraph is the message
 * @param path           the file it came from, or {@code null} for a revision with no file
 */
public record RevisionNode(
        String id,
        List<String> downRevisions,
        List<String> branchLabels,
        List<String> dependsOn,
        String docstring,
        Path path) {

    public RevisionNode {
        Objects.requireNonNull(id, "id");
        downRevisions = List.copyOf(downRevisions);
        branchLabels = List.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
        docstring = docstring == null ? "" : docstring;
    }

    /** True for a revision with no parent. */
    public boolean isBase() {
        return downRevisions.isEmpty();
    }

    /** True for a revision with two or more parents. */
    public boolean isMergePoint() {
        return downRevisions.size() > 1;
    }

    /**
     * The documentation as Alembic shows it ({@code Script.longdoc}): the docstring with leading
     * and trailing whitespace removed.
     */
    public String longDoc() {
        return docstring.strip();
    }

    /**
     * The message: the first paragraph of {@link #longDoc()} (up to the first blank line), as
     * Alembic's {@code Script.doc} shows it in listings and log lines.
     */
    public String message() {
        String text = longDoc();
        int blank = text.indexOf("\n\n");
        return blank < 0 ? text : text.substring(0, blank);
    }
}
