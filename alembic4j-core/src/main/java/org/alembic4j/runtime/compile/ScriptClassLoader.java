package org.alembic4j.runtime.compile;

import java.util.Map;

/** Defines compiled script classes from memory; everything else comes from the application. */
final class ScriptClassLoader extends ClassLoader {

    static {
        registerAsParallelCapable();
    }

    private final Map<String, byte[]> classes;

    ScriptClassLoader(Map<String, byte[]> classes, ClassLoader parent) {
        super("alembic4j-scripts", parent);
        this.classes = Map.copyOf(classes);
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
