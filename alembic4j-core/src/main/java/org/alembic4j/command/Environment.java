package org.alembic4j.command;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.alembic4j.Migration;
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

    /** The environment variable naming a class cache directory shared by projects. */
    static final String CACHE_DIR_VARIABLE = "ALEMBIC4J_CACHE_DIR";

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
            compiler = new JavaSourceCompiler(classCacheDirectory(), Migration.class.getClassLoader(), List.of());
        }
        return compiler;
    }

    /**
     * Where compiled script classes are cached: {@code $ALEMBIC4J_CACHE_DIR}, else the ini key
     * {@code class_cache_dir}, else {@code <script_location>/.alembic4j-cache}. Entries are keyed
     * by content hash, so one directory may safely serve many projects (CI machines share one
     * and compile an unchanged env.java once).
     */
    private Path classCacheDirectory() {
        String fromEnvironment = project.settings().environment().get(CACHE_DIR_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return project.settings().workingDirectory().resolve(fromEnvironment);
        }
        String fromConfig = project.config().mainOption("class_cache_dir");
        if (fromConfig != null && !fromConfig.isBlank()) {
            return project.config().resolvePath(fromConfig.strip());
        }
        return project.scripts().directory().resolve(JavaSourceCompiler.DEFAULT_CACHE_DIR_NAME);
    }
}
