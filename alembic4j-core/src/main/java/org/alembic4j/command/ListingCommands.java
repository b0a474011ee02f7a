package org.alembic4j.command;

import java.io.PrintStream;
import java.util.List;
import org.alembic4j.graph.RevisionHistory;
import org.alembic4j.graph.RevisionListing;
import org.alembic4j.graph.RevisionMap;
import org.alembic4j.graph.RevisionNode;

/**
 * {@code heads}, {@code branches}, {@code history} and {@code show}: read the revision headers and
 * print. They compile nothing and connect to nothing, except where the user asks about the
 * database ({@code history -i}, a range with {@code current}, {@code show current}).
 */
final class ListingCommands {

    private final Project project;
    private final DatabaseCommands database;
    private final PrintStream out;

    ListingCommands(Project project, DatabaseCommands database, PrintStream out) {
        this.project = project;
        this.database = database;
        this.out = out;
    }

    void heads(boolean verbose, boolean resolveDependencies) {
        out.print(listing().heads(verbose, resolveDependencies));
    }

    void branches(boolean verbose) {
        out.print(listing().branches(verbose));
    }

    void history(String range, boolean verbose, boolean indicateCurrent) {
        RevisionMap map = project.revisions();
        boolean needsDatabase = indicateCurrent || RevisionHistory.needsCurrent(range);
        List<String> rows = needsDatabase ? database.storedHeads() : List.of();
        List<RevisionNode> selected = new RevisionHistory(map).select(range, rows);
        out.print(new RevisionListing(map).history(selected, verbose, indicateCurrent ? rows : List.of()));
    }

    void show(String revision) {
        if ("current".equals(revision)) {
            out.print(listing().show(database.currentRevisions()));
        } else {
            out.print(listing().show(revision));
        }
    }

    private RevisionListing listing() {
        return new RevisionListing(project.revisions());
    }
}
