package org.alembic4j.runtime.scripts;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alembic4j.AlembicException;
import org.alembic4j.graph.RevisionNode;
import org.alembic4j.runtime.RevisionScript;
import org.alembic4j.runtime.ScriptLoader;
import org.alembic4j.runtime.compile.CompiledSources;
import org.alembic4j.runtime.compile.JavaSourceCompiler;

/**
 * Loads revisions from their files in the script directory: {@code .java} files compiled
 * (all the run needs in one compiler call, cached by content), {@code .sql} files read by the
 * script directory's parser and split into statements.
 */
public final class CompilingScriptLoader implements ScriptLoader {

    private final JavaSourceCompiler compiler;
    private final SqlSectionsReader sqlReader;

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
            } else if (path.getFileName().toString().endsWith(".sql")) {
                scripts.put(rev.id(), new SqlRevisionScript(readSql(path)));
            } else {
                throw new AlembicException("Don't know how to run revision file " + path + " (expected .java or .sql)");
            }
        }
        return scripts;
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
        return path.getFileName().toString().endsWith(".java");
    }
}
