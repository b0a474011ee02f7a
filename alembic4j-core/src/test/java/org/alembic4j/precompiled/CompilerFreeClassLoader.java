package org.alembic4j.precompiled;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;

/**
 * A class loader that stands in for a JRE without a compiler: it defines alembic4j's own classes
 * (main and test) afresh from their build directories, and refuses every class of the JDK
 * compiler API ({@code javax.tools}, {@code com.sun.tools.javac}) and of alembic4j's compiling
 * package ({@code org.alembic4j.runtime.compile}, home of {@code JavaSourceCompiler} and the class
 * cache). Code it defines that reaches any of them, even only to link a class, fails with
 * {@link NoClassDefFoundError}, and the refused names are recorded for the test to show.
 *
 * <p>Everything else (the JDK, JDBC drivers, slf4j) comes from the parent, so the run is otherwise
 * the ordinary one.
 */
final class CompilerFreeClassLoader extends URLClassLoader {

    private static final List<String> REFUSED_PREFIXES = List.of(
            "javax.tools.", "com.sun.tools.javac.", "org.alembic4j.runtime.compile.");

    private final List<String> refused = new ArrayList<>();

    CompilerFreeClassLoader(URL[] alembicClassDirectories, ClassLoader parent) {
        super(alembicClassDirectories, parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        synchronized (getClassLoadingLock(name)) {
            for (String prefix : REFUSED_PREFIXES) {
                if (name.startsWith(prefix)) {
                    refused.add(name);
                    throw new ClassNotFoundException(name + " is not available: this run must not reach a compiler");
                }
            }
            if (!name.startsWith("org.alembic4j.")) {
                return super.loadClass(name, resolve);
            }
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                loaded = findClass(name); // child first: alembic4j must be linked by this loader
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    /** The class names refused so far, in order. */
    synchronized List<String> refused() {
        return List.copyOf(refused);
    }
}
