package org.alembic4j.command;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.alembic4j.AlembicException;
import org.alembic4j.graph.MigrationPlanner;
import org.alembic4j.graph.MigrationPlanner.OfflineStamp;
import org.alembic4j.graph.MigrationPlanner.RevisionRange;
import org.alembic4j.graph.MigrationStep;
import org.alembic4j.graph.RevisionListing;
import org.alembic4j.graph.RevisionMap;
import org.alembic4j.graph.RevisionNode;
import org.alembic4j.runtime.Invocation;
import org.alembic4j.runtime.MigrationRunner;
import org.alembic4j.runtime.Planner;

/**
 * The commands that run the environment against a database (or, with {@code --sql}, into a
 * script): upgrade, downgrade, stamp, current, ensure_version, and the {@code current}-aware
 * forms of history and show. Read-only ones never create the version table.
 */
final class DatabaseCommands {

    private final Project project;
    private final Environment environment;
    private final PrintStream out;

    DatabaseCommands(Project project, Environment environment, PrintStream out) {
        this.project = project;
        this.environment = environment;
        this.out = out;
    }

    void upgrade(String revision, boolean sql, String tag, boolean transactionPerMigration) {
        migrate(revision, sql, tag, transactionPerMigration, false);
    }

    void downgrade(String revision, boolean sql, String tag, boolean transactionPerMigration) {
        migrate(revision, sql, tag, transactionPerMigration, true);
    }

    /**
     * Plans and runs an upgrade or downgrade. Offline, {@code FROM:TO} says where the script
     * starts (a downgrade must say it); online the plan starts from the stored heads, read under
     * the run lock.
     */
    private void migrate(String revision, boolean sql, String tag, boolean transactionPerMigration,
                         boolean downgrade) {
        environment.prepareRun(!sql);
        project.prefetchRevisions();
        String destination = revision;
        Invocation invocation;
        if (sql) {
            RevisionRange range = MigrationPlanner.splitRange(revision);
            if (range == null && downgrade) {
                throw new AlembicException("downgrade with --sql requires <fromrev>:<torev>");
            }
            List<String> starting = List.of();
            if (range != null) {
                starting = new MigrationPlanner(project.revisions()).offlineStartingHeads(range.from());
                destination = range.to();
            }
            invocation = environment.offline(out, Set.copyOf(starting));
        } else {
            refuseRange(revision);
            invocation = environment.online();
        }
        String target = destination;
        try (MigrationRunner runner = environment.open(options(invocation, tag, transactionPerMigration))) {
            runner.run(new Planner() {
                @Override
                public List<MigrationStep> plan(Set<String> heads) {
                    // The graph is needed only now: it was read while the environment connected.
                    MigrationPlanner planner = new MigrationPlanner(project.revisions());
                    return downgrade ? planner.downgrade(heads, target) : planner.upgrade(heads, target);
                }
            }, environment.scriptLoader());
        }
        out.flush();
    }

    void stamp(List<String> revisions, boolean sql, String tag, boolean purge) {
        MigrationPlanner planner = new MigrationPlanner(project.revisions());
        if (sql) {
            if (purge) {
                throw new AlembicException("Can't use --purge with --sql mode");
            }
            OfflineStamp stamp = planner.offlineStamp(revisions);
            Invocation invocation = environment.offline(out, Set.copyOf(stamp.startingHeads())).withTag(tag);
            try (MigrationRunner runner = environment.open(invocation)) {
                runner.stamp(heads -> planner.stamp(heads, stamp.destinations(), false), false);
            }
            out.flush();
            return;
        }
        for (String revision : revisions) {
            refuseRange(revision);
        }
        try (MigrationRunner runner = environment.open(environment.online().withTag(tag))) {
            runner.stamp(heads -> planner.stamp(heads, revisions, purge), purge);
        }
    }

    void current(boolean verbose, boolean checkHeads) {
        environment.prepareRun(true);
        project.prefetchRevisions();
        try (MigrationRunner runner = environment.open(environment.online())) {
            Set<String> rows = runner.currentHeads();
            RevisionMap map = project.revisions();
            if (checkHeads && !new HashSet<>(map.currentHeads(rows)).equals(new HashSet<>(map.heads()))) {
                throw new AlembicException("Database is not on all head revisions");
            }
            if (verbose) {
                out.println("Current revision(s) for " + runner.displayUrl() + ":");
            }
            out.print(new RevisionListing(map).current(rows, verbose));
        }
    }

    void ensureVersion(boolean sql) {
        Invocation invocation = sql ? environment.offline(out, Set.of()) : environment.online();
        try (MigrationRunner runner = environment.open(invocation)) {
            runner.ensureVersionTable();
        }
        out.flush();
    }

    /** The version table's rows, read without creating the table. */
    List<String> storedHeads() {
        try (MigrationRunner runner = environment.open(environment.online())) {
            return new ArrayList<>(runner.currentHeads());
        }
    }

    /** The revisions stored in the database, for {@code show current} and {@code edit current}. */
    List<RevisionNode> currentRevisions() {
        RevisionMap map = project.revisions();
        List<RevisionNode> nodes = new ArrayList<>();
        for (String id : storedHeads()) {
            nodes.add(map.find(id).orElseThrow(
                    () -> new AlembicException("Can't locate revision identified by '" + id + "'")));
        }
        return nodes;
    }

    private static Invocation options(Invocation invocation, String tag, boolean transactionPerMigration) {
        Invocation withTag = invocation.withTag(tag);
        return transactionPerMigration ? withTag.withTransactionPerMigration(true) : withTag;
    }

    private static void refuseRange(String revision) {
        if (revision.contains(":")) {
            throw new AlembicException("Range revision not allowed");
        }
    }
}
