package org.alembic4j.runtime;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.alembic4j.AlembicException;
import org.alembic4j.graph.MigrationStep;
import org.alembic4j.graph.RevisionNode;
import org.alembic4j.graph.VersionChange;
import org.alembic4j.internal.logging.Loggers;
import org.alembic4j.op.Operations;
import org.alembic4j.runtime.db.DatabaseProfile;
import org.alembic4j.runtime.db.DatabaseUrls;
import org.alembic4j.runtime.db.EarlyConnection;
import org.alembic4j.runtime.db.JdbcDrivers;
import org.alembic4j.runtime.db.JdbcTarget;
import org.alembic4j.runtime.db.VersionTable;
import org.alembic4j.runtime.internal.OfflineSession;
import org.alembic4j.runtime.internal.OnlineSession;
import org.alembic4j.runtime.internal.RunLock;
import org.alembic4j.runtime.internal.Session;
import org.alembic4j.runtime.internal.StatementFailedException;
import org.slf4j.Logger;

/**
 * Runs plans against one database (online) or into one SQL script (offline): Alembic's
 * {@code MigrationContext}. This is what the commands call:
 * <pre>{@code
 * RuntimeEnvironmentContext env = new RuntimeEnvironmentContext(config, invocation);
 * hook.configure(env);                       // optional: env.java
 * try (MigrationRunner runner = MigrationRunner.open(env)) {
 *     runner.run(heads -> planUpgrade(heads, "head"), loader);
 * }
 * }</pre>
 *
 * <p>A mutating run online takes a lock (PostgreSQL advisory lock, MySQL {@code GET_LOCK}, an
 * OS file lock for SQLite/H2), then reads the heads, plans, loads the scripts, and runs each step
 * followed by its version-table changes. Transactions: one for the whole run where DDL is
 * transactional, one per step otherwise or with transaction-per-migration.
 */
public final class MigrationRunner implements AutoCloseable {

    private static final Logger LOG = Loggers.named("alembic.runtime.migration");

    private final DatabaseProfile profile;
    private final VersionTable table;
    private final Session session;
    private final Invocation invocation;
    private final RunContext context;
    private final Operations operations;
    private final Duration lockTimeout;
    private final String displayUrl;
    private final boolean standardRendering;
    /** What a failure from now on can no longer undo; reported in the error. */
    private Set<String> committedHeads = Set.of();
    private Set<String> heads = new TreeSet<>();
    /**
     * What the version table holds inside the current transaction. In a whole-run transaction the
     * rows are written once, as the net change, just before the commit (or before an autocommit
     * block commits): nobody else can see the intermediate rows, and on PostgreSQL 1000 revisions
     * otherwise cost 1000 extra round trips. Step by step, and offline, every step writes its own.
     */
    private Set<String> writtenHeads = Set.of();

    private MigrationRunner(DatabaseProfile profile, VersionTable table, Session session, Invocation invocation,
                            RunnerWiring wiring, Duration lockTimeout, String displayUrl) {
        this.profile = profile;
        this.table = table;
        this.session = session;
        this.invocation = invocation;
        this.context = new RunContext(session, profile.dialect(), invocation, new RunContext.AutocommitListener() {
            @Override
            public void beforeAutocommit() {
                writeVersionRows();
            }

            @Override
            public void afterAutocommit() {
                committedHeads = Set.copyOf(heads);
            }
        });
        this.operations = wiring.operations().create(context);
        this.lockTimeout = lockTimeout;
        this.displayUrl = displayUrl;
        this.standardRendering = wiring.standardRendering();
        LOG.info("Context impl {}.", profile.implName());
        LOG.info("Will assume {} DDL.", profile.transactionalDdl() ? "transactional" : "non-transactional");
    }

    /** Opens the run the environment context describes, with the default wiring. */
    public static MigrationRunner open(RuntimeEnvironmentContext env) {
        return open(env, RunnerWiring.defaults());
    }

    /**
     * Opens the run the environment context describes: online on the hook's connection, data
     * source or URL (else {@code sqlalchemy.url}); offline on the invocation's output, with the
     * dialect taken from the URL.
     */
    public static MigrationRunner open(RuntimeEnvironmentContext env, RunnerWiring wiring) {
        Invocation inv = env.invocation();
        Optional<RuntimeEnvironmentContext.ConnectionChoice> chosen = env.connectionChoice();
        if (chosen.isEmpty()) {
            throw new AlembicException("No database URL: set sqlalchemy.url in the configuration or "
                    + "call useUrl/useDataSource/useConnection in the environment hook");
        }
        RuntimeEnvironmentContext.ConnectionChoice choice = chosen.get();
        boolean tpm = env.transactionPerMigrationEnabled();
        if (inv.offline()) {
            env.discardEarlyConnection();
            String dialectName = offlineDialect(choice);
            DatabaseProfile profile = DatabaseProfile.of(dialectName, wiring.dialects());
            Writer out = new OutputStreamWriter(inv.offlineOutput(), inv.outputEncoding());
            Session session = new OfflineSession(out, profile.offlineTransactions(), tpm);
            MigrationRunner runner = new MigrationRunner(profile,
                    new VersionTable(env.versionTableName(), env.versionTableSchemaName(), profile.dialect()),
                    session, inv, wiring, env.lockTimeoutValue(), displayOf(choice));
            runner.heads = new TreeSet<>(inv.startingHeads());
            return runner;
        }
        Opened opened = connect(choice, env);
        try {
            String dialectName = opened.dialectName != null ? opened.dialectName
                    : DatabaseUrls.dialectOfProductName(opened.connection.getMetaData().getDatabaseProductName());
            DatabaseProfile profile = DatabaseProfile.of(dialectName, wiring.dialects());
            OnlineSession.Mode mode = OnlineSession.modeFor(opened.connection, opened.owned,
                    profile.transactionalDdl(), tpm);
            Session session = new OnlineSession(opened.connection, opened.owned, mode,
                    profile.dialect().capabilities().pipelinedDdl());
            return new MigrationRunner(profile,
                    new VersionTable(env.versionTableName(), env.versionTableSchemaName(), profile.dialect()),
                    session, inv, wiring, env.lockTimeoutValue(), opened.displayUrl);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(opened);
            if (e instanceof AlembicException ae) {
                throw ae;
            }
            throw new AlembicException("Could not set up the connection: " + e.getMessage(), e);
        }
    }

    // ---- what commands read ------------------------------------------------------------------

    /** The dialect's name. */
    public String dialectName() {
        return profile.name();
    }

    /** True for {@code --sql}. */
    public boolean isOffline() {
        return session.isOffline();
    }

    /** The database URL with its password masked ({@code current -v} prints it). */
    public String displayUrl() {
        return displayUrl;
    }

    /** The version table in use. */
    public VersionTable versionTable() {
        return table;
    }

    /** The context scripts see ({@code op.get_context()}); also usable by the environment's own code. */
    public MigrationContext context() {
        return context;
    }

    /**
     * The stored heads, sorted: online read from the version table (empty when it does not
     * exist; never creates it), offline the starting heads of the invocation.
     */
    public Set<String> currentHeads() {
        if (session.isOffline()) {
            return Collections.unmodifiableSet(new TreeSet<>(heads));
        }
        try {
            return Collections.unmodifiableSet(table.readHeads(connection()));
        } catch (SQLException e) {
            throw new AlembicException("Could not read the version table " + table.qualifiedName() + ": "
                    + e.getMessage(), e);
        }
    }

    // ---- what commands do --------------------------------------------------------------------

    /** Creates the version table if missing ({@code ensure_version}); offline prints its CREATE TABLE. */
    public void ensureVersionTable() {
        if (session.isOffline()) {
            session.beginRun();
            session.execute(table.createSql());
            session.endRun();
            return;
        }
        RunLock lock = lock();
        try {
            abortOnFailure("Could not create the version table ", () -> {
                session.beginRun();
                table.create(connection());
                session.endRun();
                return null;
            });
        } finally {
            lock.close();
        }
    }

    /**
     * Runs a plan ({@code upgrade}, {@code downgrade}): locks, reads the heads, asks
     * {@code planner} for the steps, loads their scripts in one go, then runs each step and its
     * version-table changes. Returns the steps run.
     */
    public List<MigrationStep> run(Planner planner, ScriptLoader loader) {
        return execute(planner, loader, false);
    }

    /**
     * Runs a stamp plan: the same path without scripts. With {@code purge} every row is deleted
     * first and the planner sees no heads ({@code stamp --purge}; not possible offline).
     */
    public List<MigrationStep> stamp(Planner planner, boolean purge) {
        ScriptLoader none = revisions -> {
            throw new AlembicException("A stamp runs no revision scripts, but the plan asked for "
                    + revisions.iterator().next().id());
        };
        return execute(planner, none, purge);
    }

    @Override
    public void close() {
        session.close();
    }

    // ---- the run -----------------------------------------------------------------------------

    private List<MigrationStep> execute(Planner planner, ScriptLoader loader, boolean purge) {
        if (session.isOffline()) {
            if (purge) {
                throw new AlembicException("Can't use --purge with --sql mode");
            }
            // The recorded statements first: reading them needs no revision graph, and planning
            // waits for the graph (read on another thread), so this thread reads them meanwhile.
            OfflineReplay replay = standardRendering ? loader.offlineReplay(profile.name()) : OfflineReplay.NONE;
            List<MigrationStep> steps = planner.plan(Collections.unmodifiableSet(new TreeSet<>(heads)));
            Map<MigrationStep, List<String>> replayed = replayable(steps, replay);
            List<MigrationStep> toRun = new ArrayList<>(steps.size() - replayed.size());
            for (MigrationStep step : steps) {
                if (!replayed.containsKey(step)) {
                    toRun.add(step);
                }
            }
            if (!replayed.isEmpty()) {
                LOG.debug("Writing the recorded SQL of {} of {} steps without running their scripts",
                        replayed.size(), steps.size());
            }
            Map<String, RevisionScript> scripts = loadScripts(toRun, loader);
            session.beginRun();
            runSteps(steps, scripts, replayed, replay);
            session.endRun();
            replay.save();
            return steps;
        }
        RunLock lock = lock();
        try {
            session.beginRun();
            return abortOnFailure("Could not use the version table ", () -> {
                heads = purge ? new TreeSet<>() : new TreeSet<>(table.readHeads(connection()));
                committedHeads = Set.copyOf(heads);
                writtenHeads = Set.copyOf(heads);
                List<MigrationStep> steps = planner.plan(Collections.unmodifiableSet(new TreeSet<>(heads)));
                Map<String, RevisionScript> scripts = loadScripts(steps, loader);
                if (heads.isEmpty()) {
                    table.create(connection());
                    if (purge) {
                        session.execute(table.deleteAllSql());
                    }
                    session.checkpoint();
                }
                runSteps(steps, scripts, Map.of(), OfflineReplay.NONE);
                writeVersionRows();
                session.endRun();
                return steps;
            });
        } finally {
            lock.close();
        }
    }

    /** Work on the version table that may fail with the driver's checked exception. */
    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    /**
     * Runs {@code work}, aborting the session's run if it fails so nothing half-done is committed;
     * a driver error becomes an AlembicException naming the version table ({@code failure} + name).
     */
    private <T> T abortOnFailure(String failure, SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            session.abort();
            throw new AlembicException(failure + table.qualifiedName() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            session.abort();
            throw e;
        }
    }

    private Map<String, RevisionScript> loadScripts(List<MigrationStep> steps, ScriptLoader loader) {
        Map<String, RevisionNode> needed = new LinkedHashMap<>();
        for (MigrationStep step : steps) {
            if (step.kind() != MigrationStep.Kind.STAMP) {
                if (step.revision() == null) {
                    throw new AlembicException("Plan step '" + step.describe() + "' has no revision to run");
                }
                needed.putIfAbsent(step.revision().id(), step.revision());
            }
        }
        return needed.isEmpty() ? Map.of() : loader.load(needed.values());
    }

    /** The steps whose scripts' statements {@code replay} has, with those statements (by step identity). */
    private static Map<MigrationStep, List<String>> replayable(List<MigrationStep> steps, OfflineReplay replay) {
        Map<MigrationStep, List<String>> found = new IdentityHashMap<>();
        for (MigrationStep step : steps) {
            if (step.kind() != MigrationStep.Kind.STAMP && step.revision() != null) {
                Optional<List<String>> statements = replay.statements(step.revision(), step.isUpgrade());
                if (statements.isPresent()) {
                    found.put(step, statements.get());
                }
            }
        }
        return found;
    }

    private void runSteps(List<MigrationStep> steps, Map<String, RevisionScript> scripts,
                          Map<MigrationStep, List<String>> replayed, OfflineReplay replay) {
        for (MigrationStep step : steps) {
            session.beginStep();
            try {
                runStep(step, scripts, replayed.get(step), replay);
            } catch (StatementFailedException e) {
                throw statementFailure(steps, step, e);
            } catch (AlembicException e) {
                throw e;
            } catch (Exception e) {
                throw stepFailure(step, e.toString(), e);
            }
            session.endStep();
            if (session.commitsEachStep()) {
                committedHeads = Set.copyOf(heads);
            }
        }
        try {
            session.sendHeld();
        } catch (StatementFailedException e) {
            throw statementFailure(steps, null, e);
        }
    }

    /** A refused statement, reported for the step that sent it (a pipelined one may be an earlier step's). */
    private AlembicException statementFailure(List<MigrationStep> steps, MigrationStep current,
                                              StatementFailedException e) {
        MigrationStep step = e.step() >= 0 && e.step() < steps.size() ? steps.get(e.step()) : current;
        String problem = e.getMessage().strip() + "\n[SQL: " + e.sql() + "]";
        return step != null ? stepFailure(step, problem, e.getCause())
                : new AlembicException("Statement failed: " + problem, e.getCause());
    }

    /**
     * Runs one step: its script (or, offline, the statements it wrote in an earlier run:
     * {@code replayed}), then its version-table changes.
     */
    private void runStep(MigrationStep step, Map<String, RevisionScript> scripts, List<String> replayed,
                         OfflineReplay replay) throws Exception {
        if (session.isOffline() && heads.isEmpty()) {
            session.execute(table.createSql());
        }
        boolean stamp = step.kind() == MigrationStep.Kind.STAMP;
        String described = step.describe();
        LOG.info("Running {}", stamp ? described : described + ", " + step.revision().message());
        session.staticOutput("-- Running " + described);
        if (replayed != null) {
            for (String sql : replayed) {
                context.execute(sql); // where the script's own op calls would send them
            }
        } else if (!stamp) {
            RevisionScript script = scripts.get(step.revision().id());
            if (script == null) {
                throw new AlembicException("No script loaded for revision " + step.revision().id());
            }
            if (replay.records(step.revision())) {
                context.startRecording();
                Optional<List<String>> written;
                try {
                    script.run(context, operations, step.isUpgrade());
                } finally {
                    written = context.stopRecording();
                }
                if (written.isPresent()) {
                    replay.record(step.revision(), step.isUpgrade(), written.get());
                }
            } else {
                script.run(context, operations, step.isUpgrade());
            }
        }
        for (VersionChange change : step.versionChanges()) {
            applyVersionChange(change);
        }
    }

    private void applyVersionChange(VersionChange change) throws SQLException {
        if (session.isOffline()) {
            session.execute(table.sqlFor(change));
        } else if (!session.commitsOnlyAtEnd()) {
            writeVersionChange(change);
        } else {
            checkAgainstHeldRows(change);
        }
        if (change instanceof VersionChange.Insert i) {
            heads.add(i.version());
        } else if (change instanceof VersionChange.Update u) {
            heads.remove(u.from());
            heads.add(u.to());
        } else if (change instanceof VersionChange.Delete d) {
            heads.remove(d.version());
        }
    }

    private void writeVersionChange(VersionChange change) {
        try {
            table.apply(connection(), change);
        } catch (SQLException e) {
            throw new StatementFailedException(table.sqlFor(change), e);
        }
    }

    /**
     * The row checks {@link VersionTable#apply} makes, made against the rows the table holds in
     * this transaction (the write itself comes with the commit, checked again then).
     */
    private void checkAgainstHeldRows(VersionChange change) {
        boolean fits = change instanceof VersionChange.Update u ? heads.contains(u.from())
                : change instanceof VersionChange.Delete d ? heads.contains(d.version())
                : !heads.contains(((VersionChange.Insert) change).version());
        if (!fits) {
            throw table.rowCountMismatch(change, 0);
        }
    }

    /**
     * Writes the rows held back in a whole-run transaction: the net change from what the table
     * holds to the current heads, as UPDATEs where one head replaced another, then DELETEs and
     * INSERTs (each checked for its one row, as step by step).
     */
    private void writeVersionRows() {
        if (!session.commitsOnlyAtEnd() || heads.equals(writtenHeads)) {
            return;
        }
        List<String> removed = new ArrayList<>(writtenHeads);
        removed.removeAll(heads);
        List<String> added = new ArrayList<>(heads);
        added.removeAll(writtenHeads);
        Collections.sort(removed);
        int pairs = Math.min(removed.size(), added.size());
        for (int i = 0; i < pairs; i++) {
            writeVersionChange(new VersionChange.Update(removed.get(i), added.get(i)));
        }
        for (String gone : removed.subList(pairs, removed.size())) {
            writeVersionChange(new VersionChange.Delete(gone));
        }
        for (String fresh : added.subList(pairs, added.size())) {
            writeVersionChange(new VersionChange.Insert(fresh));
        }
        writtenHeads = Set.copyOf(heads);
    }

    private AlembicException stepFailure(MigrationStep step, String problem, Throwable cause) {
        RevisionNode rev = step.revision();
        StringBuilder msg = new StringBuilder();
        if (rev != null) {
            msg.append("Revision ").append(rev.id()).append(" (").append(step.describe());
            if (rev.path() != null) {
                msg.append(", ").append(rev.path());
            }
            msg.append(") failed: ");
        } else {
            msg.append(step.describe()).append(" failed: ");
        }
        msg.append(problem);
        if (session.ownsTransactions()) {
            msg.append("\nThe version table is left at ")
                    .append(committedHeads.isEmpty() ? "base" : String.join(", ", new TreeSet<>(committedHeads)))
                    .append('.');
            if (!profile.transactionalDdl()) {
                msg.append(" DDL this step ran before the failure stays committed (").append(profile.name())
                        .append(" cannot roll DDL back).");
            }
        }
        return new AlembicException(msg.toString(), cause);
    }

    private RunLock lock() {
        return RunLock.acquire(connection(), profile, table, lockTimeout,
                what -> LOG.info("Waiting for the migration lock on {} held by another process...", what));
    }

    private Connection connection() {
        return session.connection().orElseThrow();
    }

    // ---- connecting ----------------------------------------------------------------------------

    private record Opened(Connection connection, boolean owned, String dialectName, String displayUrl) { }

    private static Opened connect(RuntimeEnvironmentContext.ConnectionChoice choice, RuntimeEnvironmentContext env) {
        if (choice instanceof RuntimeEnvironmentContext.ConnectionChoice.Url url) {
            Optional<EarlyConnection> early = env.takeEarlyConnection(url.url());
            JdbcTarget target = DatabaseUrls.parse(url.url());
            try {
                Connection connection = early.isPresent() ? early.get().take()
                        : JdbcDrivers.connect(target.jdbcUrl(), target.jdbcProperties());
                return new Opened(connection, true, target.dialectName(), target.displayUrl());
            } catch (SQLException e) {
                throw new AlembicException("Could not connect to " + target.displayUrl() + ": " + e.getMessage(), e);
            }
        }
        if (choice instanceof RuntimeEnvironmentContext.ConnectionChoice.FromDataSource ds) {
            try {
                Connection c = ds.dataSource().getConnection();
                return new Opened(c, true, null, c.getMetaData().getURL());
            } catch (SQLException e) {
                throw new AlembicException("Could not get a connection from the data source: " + e.getMessage(), e);
            }
        }
        Connection c = ((RuntimeEnvironmentContext.ConnectionChoice.Borrowed) choice).connection();
        try {
            return new Opened(c, false, null, c.getMetaData().getURL());
        } catch (SQLException e) {
            throw new AlembicException("The connection handed to the environment is unusable: " + e.getMessage(), e);
        }
    }

    private static String offlineDialect(RuntimeEnvironmentContext.ConnectionChoice choice) {
        if (choice instanceof RuntimeEnvironmentContext.ConnectionChoice.Url url) {
            return DatabaseUrls.parse(url.url()).dialectName();
        }
        Connection c = choice instanceof RuntimeEnvironmentContext.ConnectionChoice.Borrowed b ? b.connection() : null;
        try {
            if (c == null) {
                try (Connection fromDs = ((RuntimeEnvironmentContext.ConnectionChoice.FromDataSource) choice)
                        .dataSource().getConnection()) {
                    return DatabaseUrls.dialectOfProductName(fromDs.getMetaData().getDatabaseProductName());
                }
            }
            return DatabaseUrls.dialectOfProductName(c.getMetaData().getDatabaseProductName());
        } catch (SQLException e) {
            throw new AlembicException("Could not tell the database dialect: " + e.getMessage(), e);
        }
    }

    private static String displayOf(RuntimeEnvironmentContext.ConnectionChoice choice) {
        return choice instanceof RuntimeEnvironmentContext.ConnectionChoice.Url url
                ? DatabaseUrls.maskPassword(url.url()) : "";
    }

    private static void closeQuietly(Opened opened) {
        if (opened.owned) {
            try {
                opened.connection.close();
            } catch (SQLException ignored) {
                // already failing
            }
        }
    }
}
