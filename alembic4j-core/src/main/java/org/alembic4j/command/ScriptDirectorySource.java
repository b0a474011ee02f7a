package org.alembic4j.command;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.alembic4j.env.MigrationEnvironment;
import org.alembic4j.graph.RevisionNode;
import org.alembic4j.internal.io.FileStamp;
import org.alembic4j.runtime.ScriptLoader;
import org.alembic4j.runtime.compile.JavaSourceCompiler;
import org.alembic4j.runtime.scripts.CompilingScriptLoader;
import org.alembic4j.runtime.scripts.EnvironmentHooks;
import org.alembic4j.runtime.scripts.SqlSections;
import org.alembic4j.runtime.scripts.SqlSectionsReader;
import org.alembic4j.script.ScriptDirectory;
import org.alembic4j.script.SqlRevisionScript;

/**
 * Revisions from the script directory named by {@code script_location}: the only place a
 * {@link JavaSourceCompiler} is created. The directory is read, and the compiler made, on first use.
 */
final class ScriptDirectorySource implements RevisionSource {

    /** The environment variable naming a class cache directory shared by projects. */
    static final String CACHE_DIR_VARIABLE = "ALEMBIC4J_CACHE_DIR";

    private final Project project;
    private ScriptDirectory scripts;
    private JavaSourceCompiler compiler;

    ScriptDirectorySource(Project project) {
        this.project = project;
    }

    @Override
    public List<RevisionNode> revisions() {
        return scripts().loadRevisions();
    }

    /** Java revisions compiled in one batch (cached), SQL ones read as text. */
    @Override
    public ScriptLoader scriptLoader() {
        var charset = scripts().charset();
        return new CompilingScriptLoader(compiler(), new SqlSectionsReader() {
            @Override
            public SqlSections read(Path file) throws IOException {
                SqlRevisionScript script = SqlRevisionScript.read(file, charset);
                return new SqlSections(script.upgradeSql(), script.downgradeSql());
            }
        });
    }

    /** {@code env.java}, compiled through the class cache; a project without one runs on the configured URL. */
    @Override
    public Optional<MigrationEnvironment> environmentHook() {
        Path hook = scripts().envHookFile();
        return Files.exists(hook) ? Optional.of(EnvironmentHooks.compile(hook, compiler())) : Optional.empty();
    }

    @Override
    public String hookDescription() {
        return "environment script " + scripts().envHookFile();
    }

    @Override
    public ScriptDirectory scriptDirectory(String command) {
        return scripts();
    }

    @Override
    public void requireScriptDirectory(String command) {
        // A script directory is what this source is; whether it exists is checked where it is read.
    }

    // Synchronized: the revision graph may be read on a background thread (Project.prefetchRevisions).
    private synchronized ScriptDirectory scripts() {
        if (scripts == null) {
            scripts = ScriptDirectory.fromConfig(project.config());
        }
        return scripts;
    }

    private JavaSourceCompiler compiler() {
        if (compiler == null) {
            compiler = JavaSourceCompiler.withScriptClasspath(classCacheDirectory(), project.settings().scriptClasspath());
            ScriptDirectory scanned = scripts();
            compiler.knownStamps(new Function<Path, FileStamp>() {
                @Override
                public FileStamp apply(Path file) {
                    return scanned.scannedStamp(file);
                }
            });
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
        return scripts().directory().resolve(JavaSourceCompiler.DEFAULT_CACHE_DIR_NAME);
    }
}
