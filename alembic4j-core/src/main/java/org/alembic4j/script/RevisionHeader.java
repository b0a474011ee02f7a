package org.alembic4j.script;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.alembic4j.graph.RevisionNode;

/**
 * The metadata a revision file declares, read from its text without compiling it: Alembic's
 * module docstring plus {@code revision}, {@code down_revision}, {@code branch_labels} and
 * {@code depends_on}.
 *
 * @param id             the revision id
 * @param downRevisions  the parents, in the order written (empty for a base)
 * @param branchLabels   the branch labels declared here
 * @param dependsOn      the dependencies as written
 * @param docstring      the documentation block, stripped of surrounding whitespace (Alembic's
 *                       {@code longdoc}); its first paragraph is the message
 */
public record RevisionHeader(
        String id,
        List<String> downRevisions,
        List<String> branchLabels,
        List<String> dependsOn,
        String docstring) {

    public RevisionHeader {
        Objects.requireNonNull(id, "id");
        downRevisions = List.copyOf(downRevisions);
        branchLabels = List.copyOf(branchLabels);
        dependsOn = List.copyOf(dependsOn);
        docstring = docstring == null ? "" : docstring;
    }

    /** This header as the graph's input record for the file at {@code path}. */
    public RevisionNode toNode(Path path) {
        return new RevisionNode(id, downRevisions, branchLabels, dependsOn, docstring, path);
    }
}
