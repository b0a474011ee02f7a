package org.alembic4j.command;

import java.util.ArrayList;
import java.util.List;
import org.alembic4j.AlembicException;
import org.alembic4j.autogenerate.Diff;
import org.alembic4j.graph.NewRevisionValidator;
import org.alembic4j.graph.NewRevisionValidator.NewRevision;
import org.alembic4j.graph.RevisionMap;
import org.alembic4j.graph.RevisionNode;
import org.alembic4j.script.RevisionFormat;
import org.alembic4j.script.RevisionRequest;
import org.alembic4j.script.StatusOutput;

/**
 * {@code revision} and {@code merge}: everything is validated against the graph before any file
 * is written, so a refused command leaves the versions folder as it was.
 */
final class RevisionCommands {

    private final Project project;
    private final StatusOutput out;

    private final AutogenerateCommands autogenerate;

    RevisionCommands(Project project, StatusOutput out, AutogenerateCommands autogenerate) {
        this.project = project;
        this.out = out;
        this.autogenerate = autogenerate;
    }

    RevisionNode revision(RevisionOptions options) {
        project.source().requireScriptDirectory("revision");
        if (options.sql() && options.autogenerate()) {
            throw new AlembicException("Using --sql with --autogenerate does not make any sense");
        }
        if (options.sql() && !project.config().revisionEnvironment()) {
            throw new AlembicException(
                    "Using --sql with the revision command when revision_environment is not configured does not make any sense");
        }
        RevisionMap map = project.revisions();
        String id = options.revId() == null ? RevisionIds.random() : options.revId();
        NewRevision checked = new NewRevisionValidator(map).validateRevision(id, options.head(), options.splice(),
                labels(options.branchLabel()), options.dependsOn());
        RevisionRequest.Builder request = RevisionRequest.builder(checked.id())
                .message(options.message())
                .parents(nodes(map, checked.downRevisions()))
                .branchLabels(checked.branchLabels())
                .dependsOn(checked.dependsOn())
                .versionPath(options.versionPath());
        if (options.format() != null) {
            request.format(RevisionFormat.named(options.format()));
        }
        if (options.autogenerate()) {
            // Checked before comparing: the rendered operations are Java code.
            if (options.format() != null && !options.format().equals("java")) {
                throw new AlembicException("--autogenerate writes Java revisions; it can't be combined with --format "
                        + options.format());
            }
            Diff diff = autogenerate.compare();
            if (options.verbose()) {
                diff.report().forEach(out::message);
            }
            request.format(RevisionFormat.JAVA)
                    .imports(diff.imports())
                    .upgrades(diff.renderUpgrade())
                    .downgrades(diff.renderDowngrade());
        }
        return project.source().scriptDirectory("revision").generateRevision(request.build(), out);
    }

    RevisionNode merge(List<String> revisions, String message, String branchLabel, String revId) {
        project.source().requireScriptDirectory("merge");
        RevisionMap map = project.revisions();
        String id = revId == null ? RevisionIds.random() : revId;
        NewRevision checked = new NewRevisionValidator(map).validateMerge(id, revisions, false, labels(branchLabel));
        RevisionRequest request = RevisionRequest.builder(checked.id())
                .message(message)
                .parents(nodes(map, checked.downRevisions()))
                .branchLabels(checked.branchLabels())
                .build();
        return project.source().scriptDirectory("merge").generateRevision(request, out);
    }

    private static List<String> labels(String branchLabel) {
        return branchLabel == null ? List.of() : List.of(branchLabel);
    }

    private static List<RevisionNode> nodes(RevisionMap map, List<String> ids) {
        List<RevisionNode> nodes = new ArrayList<>(ids.size());
        for (String id : ids) {
            nodes.add(map.node(id));
        }
        return nodes;
    }
}
