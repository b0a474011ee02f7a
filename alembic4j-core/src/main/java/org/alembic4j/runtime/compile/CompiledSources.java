package org.alembic4j.runtime.compile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alembic4j.AlembicException;

/** The classes compiled (or taken from the cache) for a set of source files, in one class loader. */
public final class CompiledSources {

    private final ClassLoader loader;
    private final Map<Path, Set<String>> classNamesBySource;
    private final Map<Path, Map<String, byte[]>> classFilesBySource;

    CompiledSources(ClassLoader loader, Map<Path, Set<String>> classNamesBySource,
                    Map<Path, Map<String, byte[]>> classFilesBySource) {
        this.loader = loader;
        this.classNamesBySource = Map.copyOf(classNamesBySource);
        this.classFilesBySource = Map.copyOf(classFilesBySource);
    }

    /** Every class file {@code source} compiled to: binary name to bytes (not to be modified). */
    public Map<String, byte[]> classFiles(Path source) {
        Map<String, byte[]> files = classFilesBySource.get(source);
        if (files == null) {
            throw new IllegalArgumentException("not compiled here: " + source);
        }
        return files;
    }

    /** The top-level classes declared in {@code source} (nested and anonymous classes left out). */
    public List<Class<?>> topLevelClasses(Path source) {
        Set<String> names = classNamesBySource.get(source);
        if (names == null) {
            throw new IllegalArgumentException("not compiled here: " + source);
        }
        if (names.size() == 1) {
            // One class file from a source is its top-level class (nested, local and anonymous
            // classes compile to files of their own); skip the reflection that tells them apart.
            return List.of(load(names.iterator().next(), source));
        }
        List<Class<?>> result = new ArrayList<>();
        for (String name : names) {
            Class<?> c = load(name, source);
            if (c.getEnclosingClass() == null && !c.isAnonymousClass() && !c.isLocalClass()) {
                result.add(c);
            }
        }
        return result;
    }

    private Class<?> load(String name, Path source) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new AlembicException("Could not load class " + name + " compiled from " + source + ": " + e, e);
        }
    }
}
