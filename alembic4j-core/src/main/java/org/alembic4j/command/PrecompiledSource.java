package org.alembic4j.command;

import java.util.List;
import java.util.Optional;
import org.alembic4j.AlembicException;
import org.alembic4j.env.MigrationEnvironment;
import org.alembic4j.graph.RevisionNode;
import org.alembic4j.runtime.ScriptLoader;
import org.alembic4j.script.ScriptDirectory;

/**
 * Revisions from {@link RevisionClasses}: the graph comes from the {@code @Revision} annotations,
 * the bodies are the classes themselves. Holds no compiler and reads no file, so nothing on
 * this path can reach the JDK compiler.
 */
final class PrecompiledSource implements RevisionSource {

    private final RevisionClasses classes;

    PrecompiledSource(RevisionClasses classes) {
        this.classes = classes;
    }

    @Override
    public List<RevisionNode> revisions() {
        return classes.loader().revisionNodes();
    }

    @Override
    public ScriptLoader scriptLoader() {
        return classes.loader();
    }

    @Override
    public Optional<MigrationEnvironment> environmentHook() {
        return classes.environment();
    }

    @Override
    public String hookDescription() {
        return classes.environment().map(hook -> "environment hook " + hook.getClass().getName())
                .orElse("the precompiled revisions' environment (no hook given)");
    }

    @Override
    public ScriptDirectory scriptDirectory(String command) {
        throw noScriptDirectory(command);
    }

    @Override
    public void requireScriptDirectory(String command) {
        throw noScriptDirectory(command);
    }

    private static AlembicException noScriptDirectory(String command) {
        return new AlembicException("'" + command + "' needs a script directory; this project runs precompiled "
                + "revision classes");
    }
}
