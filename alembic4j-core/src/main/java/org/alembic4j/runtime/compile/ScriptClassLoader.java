package org.alembic4j.runtime.compile;

import java.util.Map;

/**
 * Defines compiled script classes from memory; everything else comes from the application.
 *
 * <p>A script's own classes are defined here first, without asking the parent: parent-first
 * delegation would have the application class loader probe every jar of the class path for each
 * script class (1000 revisions, ~30 jars: 30 000 misses per run). A class a script declares is
 * the script's, even if the application happens to have one of the same name.
 */
final class ScriptClassLoader extends ClassLoader {

    private final Map<String, byte[]> classes;

    ScriptClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
        super("alembic4j-scripts", parent);
        this.classes = Map.copyOf(classes);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!classes.containsKey(name)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> c = findLoadedClass(name);
            if (c == null) {
                c = findClass(name);
            }
            if (resolve) {
                resolveClass(c);
            }
            return c;
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] bytes = classes.get(name);
        if (bytes == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, bytes, 0, bytes.length);
    }
}
