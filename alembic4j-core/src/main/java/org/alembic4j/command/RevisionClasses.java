package org.alembic4j.command;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.alembic4j.AlembicException;
import org.alembic4j.env.MigrationEnvironment;
import org.alembic4j.runtime.scripts.ClasspathScriptLoader;
import org.alembic4j.runtime.scripts.EnvironmentHooks;

/**
 * A project made of revision classes the application's own build compiled, instead of a script
 * directory: for applications on a JRE without a compiler, or that ship no script sources.
 * Give it to {@link Commands#Commands(org.alembic4j.config.AlembicConfig, CommandSettings, RevisionClasses)}
 * (or use {@code Alembic.builder().revisionClasses(...)}).
 *
 * <p>Each class extends {@link org.alembic4j.Migration} and is annotated
 * {@link org.alembic4j.Revision}, whose {@code message} is the revision's message. The optional
 * environment hook replaces {@code env.java}; without one, the configured URL, data source or
 * connection is used. Immutable.
 */
public final class RevisionClasses {

    private final ClasspathScriptLoader loader;
    private final MigrationEnvironment environment;

    private RevisionClasses(ClasspathScriptLoader loader, MigrationEnvironment environment) {
        this.loader = loader;
        this.environment = environment;
    }

    /** Exactly these revision classes. */
    public static RevisionClasses of(Class<?>... classes) {
        return of(Arrays.asList(classes));
    }

    /** Exactly these revision classes. */
    public static RevisionClasses of(Collection<Class<?>> classes) {
        if (classes.isEmpty()) {
            throw new AlembicException("No revision classes given");
        }
        return new RevisionClasses(ClasspathScriptLoader.of(List.copyOf(classes)), null);
    }

    /**
     * The revision classes of package {@code packageName} (exactly that package) listed in the
     * {@value ClasspathScriptLoader#INDEX_RESOURCE} resources that
     * {@link org.alembic4j.runtime.scripts.RevisionIndexProcessor} wrote at build time.
     */
    public static RevisionClasses fromIndex(ClassLoader classLoader, String packageName) {
        Objects.requireNonNull(classLoader, "classLoader");
        Objects.requireNonNull(packageName, "packageName");
        ClasspathScriptLoader loader = ClasspathScriptLoader.fromIndex(classLoader, packageName);
        if (loader.revisionNodes().isEmpty()) {
            // An empty graph would make "upgrade head" a silent no-op; this is almost always a build mistake.
            throw new AlembicException("No revision classes of package '" + packageName + "' are listed in "
                    + ClasspathScriptLoader.INDEX_RESOURCE + " (is org.alembic4j.runtime.scripts.RevisionIndexProcessor"
                    + " enabled in the build?)");
        }
        return new RevisionClasses(loader, null);
    }

    /** The same revisions, configured by this hook before each run (instead of {@code env.java}). */
    public RevisionClasses withEnvironment(MigrationEnvironment hook) {
        return new RevisionClasses(loader, Objects.requireNonNull(hook, "hook"));
    }

    /** The same revisions, configured by a new instance of this hook class (it needs a no-argument constructor). */
    public RevisionClasses withEnvironment(Class<? extends MigrationEnvironment> hookClass) {
        return withEnvironment(EnvironmentHooks.instantiate(hookClass));
    }

    ClasspathScriptLoader loader() {
        return loader;
    }

    Optional<MigrationEnvironment> environment() {
        return Optional.ofNullable(environment);
    }
}
