package org.alembic4j.command;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.alembic4j.runtime.Invocation;
import org.alembic4j.runtime.MigrationRunner;
import org.alembic4j.runtime.RunnerWiring;
import org.alembic4j.runtime.RuntimeEnvironmentContext;
import org.alembic4j.runtime.ScriptLoader;
import org.alembic4j.runtime.compile.JavaSourceCompiler;
import org.alembic4j.runtime.scripts.CompilingScriptLoader;
import org.alembic4j.runtime.scripts.EnvironmentHooks;
import org.alembic4j.runtime.scripts.SqlSections;
import org.alembic4j.script.SqlRevisionScript;

/**
 * Running the environment: Alembic's "run env.py" for the commands that touch a database. Builds
 * the invocation from the command's options, lets {@code env.java} configure it (compiled through
 * the class cache), and opens the runner. Commands that only read files never come here.
 */
final class Environment {

    private final Project project;
    private final RunnerWiring wiring;
    private JavaSourceCompiler compiler;

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
        RuntimeEnvironmentContext context = new RuntimeEnvironmentContext(project.configSource(), invocation);
        Path hook = project.scripts().envHookFile();
        if (Files.exists(hook)) {
            EnvironmentHooks.configure(EnvironmentHooks.compile(hook, compiler()), context);
        }
        return MigrationRunner.open(context, wiring);
    }

    /** Loads revision scripts: Java ones compiled in one batch (cached), SQL ones read as text. */
    ScriptLoader scriptLoader() {
        var charset = project.scripts().charset();
        return new CompilingScriptLoader(compiler(), file -> {
            SqlRevisionScript script = SqlRevisionScript.read(file, charset);
            return new SqlSections(script.upgradeSql(), script.downgradeSql());
        });
    }

    private JavaSourceCompiler compiler() {
        if (compiler == null) {
            compiler = JavaSourceCompiler.forScriptLocation(project.scripts().directory());
        }
        return compiler;
    }
}
