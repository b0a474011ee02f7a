package org.alembic4j.runtime.scripts;

import java.lang.reflect.Constructor;
import java.nio.file.Path;
import java.util.List;
import org.alembic4j.AlembicException;
import org.alembic4j.env.EnvironmentContext;
import org.alembic4j.env.MigrationEnvironment;
import org.alembic4j.runtime.compile.JavaSourceCompiler;

/** Loads the environment hook: {@code env.java} compiled like the revisions, or a class the application compiled. */
public final class EnvironmentHooks {

    private EnvironmentHooks() {
    }

    /**
     * Compiles {@code envJava} (cached like the revision scripts) and instantiates its class that
     * implements {@link MigrationEnvironment} (the template calls it {@code Env}).
     */
    public static MigrationEnvironment compile(Path envJava, JavaSourceCompiler compiler) {
        List<Class<?>> classes = compiler.compile(List.of(envJava)).topLevelClasses(envJava);
        Class<? extends MigrationEnvironment> found = null;
        for (Class<?> c : classes) {
            if (MigrationEnvironment.class.isAssignableFrom(c)) {
                if (found != null) {
                    throw new AlembicException(envJava + " declares more than one class implementing "
                            + "org.alembic4j.env.MigrationEnvironment");
                }
                found = c.asSubclass(MigrationEnvironment.class);
            }
        }
        if (found == null) {
            throw new AlembicException(envJava + " declares no class implementing org.alembic4j.env.MigrationEnvironment");
        }
        return instantiate(found);
    }

    /**
     * Runs the hook's {@code configure}; anything it throws becomes an {@link AlembicException}
     * naming the hook (an {@code AlembicException} passes through as is).
     */
    public static void configure(MigrationEnvironment hook, EnvironmentContext context) {
        try {
            hook.configure(context);
        } catch (AlembicException e) {
            throw e;
        } catch (Exception e) {
            throw new AlembicException("The environment hook " + hook.getClass().getName() + " failed: " + e, e);
        }
    }

    /** An instance of a hook class, which may be package-private with a package-private constructor. */
    public static MigrationEnvironment instantiate(Class<? extends MigrationEnvironment> type) {
        try {
            Constructor<? extends MigrationEnvironment> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (NoSuchMethodException e) {
            throw new AlembicException(type.getName() + " needs a constructor without parameters");
        } catch (ReflectiveOperationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new AlembicException("Could not create the environment hook " + type.getName() + ": " + cause, cause);
        }
    }
}
