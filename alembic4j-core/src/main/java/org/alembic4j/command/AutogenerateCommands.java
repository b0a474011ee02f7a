package org.alembic4j.command;

import java.io.PrintStream;
import java.sql.Connection;
import java.util.HashSet;
import java.util.List;
import org.alembic4j.AlembicException;
import org.alembic4j.autogenerate.Autogenerate;
import org.alembic4j.autogenerate.Diff;
import org.alembic4j.autogenerate.TargetSchema;
import org.alembic4j.dialect.Dialects;
import org.alembic4j.graph.RevisionMap;
import org.alembic4j.runtime.MigrationRunner;
import org.alembic4j.runtime.RuntimeEnvironmentContext;

/**
 * {@code revision --autogenerate} and {@code check}: compare the target schema the environment
 * hook declares with the live database, which must be at the script heads.
 */
final class AutogenerateCommands {

    private final Project project;
    private final Environment environment;
    private final PrintStream out;

    AutogenerateCommands(Project project, Environment environment, PrintStream out) {
        this.project = project;
        this.environment = environment;
        this.out = out;
    }


    /** {@code check}: passes with Alembic's message when nothing differs, fails listing each difference. */
    void check() {
        Diff diff = compare();
        if (diff.isEmpty()) {
            out.println("No new upgrade operations detected.");
            return;
        }
        throw new AlembicException("New upgrade operations detected:\n  " + String.join("\n  ", diff.describe()));
    }

    /** The differences between the target and the database, computed on a fresh connection. */
    Diff compare() {
        environment.prepareRun(true);
        project.prefetchRevisions(); // read while env.java runs and the connection opens
        RuntimeEnvironmentContext context = environment.configure(environment.online());
        TargetSchema target = context.target().orElse(null);
        if (target == null) {
            context.discardEarlyConnection();
            throw new AlembicException("Can't proceed with --autogenerate option; " + project.source().hookDescription()
                    + " does not provide a target schema to the context (call context.targetSchema(...)).");
        }
        try (MigrationRunner runner = environment.open(context)) {
            RevisionMap map = project.revisions();
            List<String> current = map.currentHeads(runner.currentHeads());
            if (!new HashSet<>(current).equals(new HashSet<>(map.heads()))) {
                throw new AlembicException("Target database is not up to date.");
            }
            Connection connection = runner.context().connection().orElseThrow(
                    () -> new AlembicException("autogenerate needs a live database connection"));
            return Autogenerate.compare(connection, Dialects.forName(runner.dialectName()), target,
                    context.autogenerateOptions());
        }
    }
}
