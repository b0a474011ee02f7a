package org.alembic4j.runtime.scripts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alembic4j.AlembicException;
import org.alembic4j.graph.RevisionNode;
import org.alembic4j.internal.logging.Loggers;
import org.alembic4j.runtime.OfflineReplay;
import org.alembic4j.runtime.RevisionScript;
import org.alembic4j.runtime.ScriptLoader;
import org.alembic4j.runtime.compile.CompiledSources;
import org.alembic4j.runtime.compile.JavaSourceCompiler;
import org.alembic4j.runtime.replay.ReplayPolicy;
import org.alembic4j.runtime.replay.StatementCache;
import org.slf4j.Logger;

/**
 * Loads revisions from their files in the script directory: {@code .java} files compiled
 * (all the run needs in one compiler call, cached by content), {@code .sql} files read by the
 * script directory's parser and split into statements.
 */
public final class CompilingScriptLoader implements ScriptLoader {

    /** Made on first use: a command that logs nothing here need not wait for the logging back end. */
    private static final class Log {
        static final Logger LOG = Loggers.named("alembic.runtime.replay");
    }

    private final JavaSourceCompiler compiler;
    private final SqlSectionsReader sqlReader;
    /** The classes each loaded Java script compiled to, for the replay check. */
    private final Map<Path, Map<String, byte[]>> loadedClassFiles = new LinkedHashMap<>();

    /**
     * @param compiler   compiles the {@code .java} revisions
     * @param sqlReader  reads the bodies of {@code .sql} revisions
     */
    public CompilingScriptLoader(JavaSourceCompiler compiler, SqlSectionsReader sqlReader) {
        this.compiler = compiler;
        this.sqlReader = sqlReader;
    }

    @Override
    public Map<String, RevisionScript> load(Collection<RevisionNode> revisions) {
        List<Path> javaFiles = new ArrayList<>();
        for (RevisionNode rev : revisions) {
            Path path = pathOf(rev);
            if (isJava(path)) {
                javaFiles.add(path);
            }
        }
        CompiledSources compiled = javaFiles.isEmpty() ? null : compiler.compile(javaFiles);
        Map<String, RevisionScript> scripts = new LinkedHashMap<>();
        for (RevisionNode rev : revisions) {
            Path path = pathOf(rev);
            if (isJava(path)) {
                scripts.put(rev.id(), JavaRevisionScript.pick(compiled.topLevelClasses(path), rev.id(), path.toString()));
                loadedClassFiles.put(path, compiled.classFiles(path));
            } else if (path.getFileName().toString().endsWith(".sql")) {
                scripts.put(rev.id(), new SqlRevisionScript(readSql(path)));
            } else {
                throw new AlembicException("Don't know how to run revision file " + path + " (expected .java or .sql)");
            }
        }
        return scripts;
    }

    /**
     * Offline statements of Java scripts whose output depends only on their text and the dialect
     * ({@link ReplayPolicy}), kept with the compiled classes under the scripts' cache keys.
     * {@code .sql} revisions are read as they are: reading them is as cheap as a cache.
     */
    @Override
    public OfflineReplay offlineReplay(String dialect) {
        Optional<Path> dir = compiler.cacheDirectory();
        return dir.isPresent() ? new CachedReplay(StatementCache.load(dir.get(), dialect)) : OfflineReplay.NONE;
    }

    private final class CachedReplay implements OfflineReplay {
        private final StatementCache cache;

        CachedReplay(StatementCache cache) {
            this.cache = cache;
        }

        @Override
        public Optional<List<String>> statements(RevisionNode revision, boolean upgrade) {
            Path path = revision.path();
            return path != null && isJava(path) ? cache.find(compiler.keyOf(path), upgrade) : Optional.empty();
        }

        @Override
        public boolean records(RevisionNode revision) {
            Map<String, byte[]> classFiles = revision.path() == null ? null : loadedClassFiles.get(revision.path());
            if (classFiles == null) {
                return false;
            }
            Optional<String> reason = ReplayPolicy.reasonNotReplayable(classFiles);
            reason.ifPresent(why -> Log.LOG.debug("Offline SQL of {} is not kept for replay: {}", revision.path(), why));
            return reason.isEmpty();
        }

        @Override
        public void record(RevisionNode revision, boolean upgrade, List<String> statements) {
            cache.put(compiler.keyOf(revision.path()), upgrade, statements);
        }

        @Override
        public void save() {
            cache.save();
            compiler.saveIndex();
        }
    }

    private SqlSections readSql(Path path) {
        try {
            return sqlReader.read(path);
        } catch (IOException e) {
            throw new AlembicException("Could not read " + path + ": " + e.getMessage(), e);
        }
    }

    private static Path pathOf(RevisionNode rev) {
        if (rev.path() == null) {
            throw new AlembicException("Revision " + rev.id() + " has no script file to run");
        }
        return rev.path();
    }

    private static boolean isJava(Path path) {
        return path.toString().endsWith(".java");
    }
}
