package org.alembic4j.command;

import java.nio.file.Path;
import java.util.List;
import org.alembic4j.AlembicException;
import org.alembic4j.config.AlembicConfig;
import org.alembic4j.graph.RevisionNode;
import org.alembic4j.runtime.RunnerWiring;
import org.alembic4j.script.EditorLauncher;
import org.alembic4j.script.ProjectInitializer;
import org.alembic4j.script.ProjectTemplates;
import org.alembic4j.script.StatusOutput;

/**
 * Alembic's commands as Java methods: the library API behind the command line (Alembic's
 * {@code alembic.command} module). One instance serves one command; it loads the configuration,
 * the script directory and the revision graph when the command first needs them.
 *
 * <pre>{@code
 * Commands commands = new Commands(new CommandSettings(Path.of("alembic.ini"), "alembic", List.of(),
 *         Path.of("."), System.getenv(), System.out));
 * commands.upgrade("head", false, null, false);
 * }</pre>
 *
 * <p>Errors the user can act on are {@link AlembicException}s whose message is what the command
 * line prints after {@code FAILED:}.
 */
public final class Commands {

    private final CommandSettings settings;
    private final Project project;
    private final StatusOutput status;
    private final DatabaseCommands database;
    private final ListingCommands listings;
    private final RevisionCommands revisions;
    private final AutogenerateCommands autogenerate;

    public Commands(CommandSettings settings) {
        this(settings, RunnerWiring.defaults());
    }

    /** With the operations and dialects the runtime should use (tests and embedding applications). */
    public Commands(CommandSettings settings, RunnerWiring wiring) {
        this(settings, new Project(settings), wiring);
    }

    /**
     * Commands on a configuration built in code ({@link AlembicConfig#builder()}), as
     * {@link org.alembic4j.Alembic} uses them. Objects in {@link AlembicConfig#attributes()}
     * under {@code "dataSource"} or {@code "connection"} become the run's connection.
     */
    public Commands(AlembicConfig config, CommandSettings settings) {
        this(settings, new Project(settings, config), RunnerWiring.defaults());
    }

    /**
     * Commands on revision classes the application compiled, with no script directory and no
     * compiler: {@code config} gives the URL and options (its {@code script_location} is not
     * used), {@code classes} the revisions and the optional environment hook. Commands that
     * write or open revision files (init, revision, merge, edit) fail here.
     */
    public Commands(AlembicConfig config, CommandSettings settings, RevisionClasses classes) {
        this(settings, new Project(settings, config, classes), RunnerWiring.defaults());
    }

    private Commands(CommandSettings settings, Project project, RunnerWiring wiring) {
        this.settings = settings;
        this.project = project;
        this.status = StatusOutput.to(settings.out());
        Environment environment = new Environment(project, wiring);
        this.database = new DatabaseCommands(project, environment, settings.out());
        this.listings = new ListingCommands(project, database, settings.out());
        this.autogenerate = new AutogenerateCommands(project, environment, settings.out());
        this.revisions = new RevisionCommands(project, status, autogenerate);
    }

    /** {@code init DIRECTORY [-t TEMPLATE]}: a new script directory and alembic.ini. */
    public void init(String directory, String template, boolean pkg) {
        project.source().requireScriptDirectory("init");
        // --package writes Python's __init__.py files; Java scripts have no use for them.
        ProjectInitializer.init(project.configWithoutChecks(), directory, template, status);
    }

    /** {@code list_templates}. */
    public void listTemplates() {
        ProjectTemplates.listTemplates(status);
    }

    /** {@code revision}: writes a new revision file and returns it as read back. */
    public RevisionNode revision(RevisionOptions options) {
        return revisions.revision(options);
    }

    /** {@code merge REVISIONS...}. */
    public RevisionNode merge(List<String> revisionIds, String message, String branchLabel, String revId) {
        return revisions.merge(revisionIds, message, branchLabel, revId);
    }

    /** {@code upgrade [--sql] [--tag T] REVISION}. */
    public void upgrade(String revision, boolean sql, String tag, boolean transactionPerMigration) {
        database.upgrade(revision, sql, tag, transactionPerMigration);
    }

    /** {@code downgrade [--sql] [--tag T] REVISION}. */
    public void downgrade(String revision, boolean sql, String tag, boolean transactionPerMigration) {
        database.downgrade(revision, sql, tag, transactionPerMigration);
    }

    /** {@code stamp [--sql] [--tag T] [--purge] REVISIONS...}. */
    public void stamp(List<String> revisionIds, boolean sql, String tag, boolean purge) {
        database.stamp(revisionIds, sql, tag, purge);
    }

    /** {@code current [-v] [--check-heads]}. */
    public void current(boolean verbose, boolean checkHeads) {
        database.current(verbose, checkHeads);
    }

    /** {@code ensure_version [--sql]}. */
    public void ensureVersion(boolean sql) {
        database.ensureVersion(sql);
    }

    /** {@code heads [-v] [--resolve-dependencies]}. */
    public void heads(boolean verbose, boolean resolveDependencies) {
        listings.heads(verbose, resolveDependencies);
    }

    /** {@code branches [-v]}. */
    public void branches(boolean verbose) {
        listings.branches(verbose);
    }

    /** {@code history [-r RANGE] [-v] [-i]}. */
    public void history(String range, boolean verbose, boolean indicateCurrent) {
        listings.history(range, verbose, indicateCurrent);
    }

    /** {@code show REV}. */
    public void show(String revision) {
        listings.show(revision);
    }

    /** {@code edit REV}: opens each revision file the identifier names in the user's editor. */
    public void edit(String revision) {
        project.source().requireScriptDirectory("edit");
        List<RevisionNode> nodes;
        if ("current".equals(revision)) {
            nodes = database.currentRevisions();
            if (nodes.isEmpty()) {
                throw new AlembicException("No current revisions");
            }
        } else {
            nodes = project.revisions().resolve(revision);
            if (nodes.isEmpty()) {
                throw new AlembicException("No revision files indicated by symbol '" + revision + "'");
            }
        }
        EditorLauncher editor = new EditorLauncher(settings.environment());
        for (RevisionNode node : nodes) {
            Path file = node.path();
            editor.open(file);
        }
    }

    /** {@code check}: fails, listing each difference, when autogenerate would find changes. */
    public void check() {
        autogenerate.check();
    }
}
