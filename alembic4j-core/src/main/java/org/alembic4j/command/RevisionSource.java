package org.alembic4j.command;

import java.util.List;
import java.util.Optional;
import org.alembic4j.env.MigrationEnvironment;
import org.alembic4j.graph.RevisionNode;
import org.alembic4j.runtime.ScriptLoader;
import org.alembic4j.script.ScriptDirectory;

/**
 * Where a project's revisions, their bodies and its environment hook come from. Two kinds:
 * <ul>
 *   <li>{@link ScriptDirectorySource}: the script directory, as Alembic has it. Headers are read
 *       as text, bodies and {@code env.java} are compiled in-process (cached). The CLI always uses it.</li>
 *   <li>{@link PrecompiledSource}: classes the application's own build compiled
 *       ({@link RevisionClasses}). Nothing is read from disk and the compiler is never reached,
 *       so it runs on a JRE without {@code jdk.compiler}; there are no files to write or open.</li>
 * </ul>
 * The commands ask only this interface, so planning, running and listing are the same code in both.
 */
interface RevisionSource {

    /** Every revision's identity and edges, without compiling anything or connecting. */
    List<RevisionNode> revisions();

    /** Loads the bodies of the revisions a plan needs. */
    ScriptLoader scriptLoader();

    /** The hook that configures the run before it connects, if there is one. */
    Optional<MigrationEnvironment> environmentHook();

    /** The hook as messages name it ({@code environment script /p/env.java}, {@code environment hook a.b.Env}). */
    String hookDescription();

    /**
     * The script directory, for the commands that write or open revision files ({@code command}
     * names the one asking). Fails with an {@code AlembicException} for precompiled classes.
     */
    ScriptDirectory scriptDirectory(String command);

    /** Fails like {@link #scriptDirectory} without loading anything (file mode keeps its error order). */
    void requireScriptDirectory(String command);
}
