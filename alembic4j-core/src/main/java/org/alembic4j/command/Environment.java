package org.alembic4j.command;

import java.io.OutputStream;
import java.sql.Connection;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.alembic4j.env.MigrationEnvironment;
import org.alembic4j.runtime.Invocation;
import org.alembic4j.runtime.MigrationRunner;
import org.alembic4j.runtime.RunnerWiring;
import org.alembic4j.runtime.RuntimeEnvironmentContext;
import org.alembic4j.runtime.ScriptLoader;
import org.alembic4j.runtime.db.WarmUp;
import org.alembic4j.runtime.scripts.EnvironmentHooks;

/**
 * Running the environment: Alembic's "run env.py" for the commands that touch a database. Builds
 * the invocation from the command's options, lets the environment hook configure it
 * ({@code env.java} compiled through the class cache, or the application's hook in class mode),
 * and opens the runner. Commands that only read files never come here.
 */
final class Environment {

    /** Config attribute holding a {@link DataSource} the run should use. */
    static final String DATA_SOURCE_ATTRIBUTE = "dataSource";
    /** Config attribute holding a caller-owned {@link Connection} the run should use. */
    static final String CONNECTION_ATTRIBUTE = "connection";

    private final Project project;
    private final RunnerWiring wiring;
    private boolean runPrepared;

    Environment(Project project, RunnerWiring wiring) {
        this.project = project;
        this.wiring = wiring;
    }

    /** An online invocation carrying the global {@code -x} arguments. */
    Invocation online() {
        return Invocation.online().withXArguments(project.settings().xArguments());
    }

    /** An offline invocation writing to the command's output, starting from {@code startingHeads}. */
    Invocation offline(OutputStream out, Set<String> startingHeads) {
        return Invocation.offline(out, startingHeads)
                .withXArguments(project.settings().xArguments())
                .withOutputEncoding(project.config().outputEncoding());
    }

    /** Runs the environment hook on {@code invocation} and opens the runner it describes. */
    MigrationRunner open(Invocation invocation) {
        return MigrationRunner.open(configure(invocation), wiring);
    }

    /**
     * Runs the environment hook on {@code invocation}: what the run will use. A connection the
     * hook's URL started is the caller's to open (or to discard with the context).
     */
    RuntimeEnvironmentContext configure(Invocation invocation) {
        prepareRun(!invocation.offline());
        RuntimeEnvironmentContext context = new RuntimeEnvironmentContext(project.configSource(), invocation);
        // The hook's URL starts connecting while the hook goes on; the runner opened next takes it.
        context.connectEarly();
        try {
            Optional<MigrationEnvironment> hook = project.source().environmentHook();
            if (hook.isPresent()) {
                EnvironmentHooks.configure(hook.get(), context);
            }
            applyCallerConnection(context);
        } catch (RuntimeException | Error e) {
            context.discardEarlyConnection();
            throw e;
        }
        return context;
    }

    /**
     * Starts getting ready in the background (once) what a run on the configured database needs:
     * logging, the dialect and, when the command will {@code connect}, the JDBC driver. Called
     * first thing, it overlaps reading the revisions and compiling and running env.java; harmless
     * if env.java then picks another database.
     */
    void prepareRun(boolean connect) {
        if (!runPrepared) {
            runPrepared = true;
            WarmUp.start(project.config().mainOption("sqlalchemy.url"), connect);
        }
    }

    /** Opens the runner an already configured context describes. */
    MigrationRunner open(RuntimeEnvironmentContext context) {
        return MigrationRunner.open(context, wiring);
    }

    /**
     * A connection handed over in code (Alembic's {@code config.attributes["connection"]}) wins
     * over what the hook chose from the ini file: the application calling the library knows best.
     */
    private void applyCallerConnection(RuntimeEnvironmentContext context) {
        Object dataSource = project.config().attributes().get(DATA_SOURCE_ATTRIBUTE);
        if (dataSource instanceof DataSource source) {
            context.useDataSource(source);
        }
        Object connection = project.config().attributes().get(CONNECTION_ATTRIBUTE);
        if (connection instanceof Connection borrowed) {
            context.useConnection(borrowed);
        }
    }

    /** Loads the revision bodies the plan needs, from wherever the project's revisions come from. */
    ScriptLoader scriptLoader() {
        return project.source().scriptLoader();
    }
}
