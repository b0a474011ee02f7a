package org.alembic4j.runtime.compile;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;

/**
 * Keeps javac's class output in memory, grouped by the source file each class came from, so
 * nothing is written next to the scripts and each source's classes can be cached on their own.
 */
final class MemoryFileManager extends ForwardingJavaFileManager<StandardJavaFileManager> {

    private final Map<SourceFile, Map<String, ByteArrayOutputStream>> outputs = new HashMap<>();

    MemoryFileManager(StandardJavaFileManager standard) {
        super(standard);
    }

    @Override
    public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                                               FileObject sibling) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        SourceFile source = sibling instanceof SourceFile s ? s : null;
        outputs.computeIfAbsent(source, k -> new LinkedHashMap<>()).put(className, bytes);
        return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
            @Override
            public OutputStream openOutputStream() {
                return bytes;
            }
        };
    }

    /** Class name to class bytes for everything compiled from {@code source}. */
    Map<String, byte[]> classesOf(SourceFile source) {
        Map<String, byte[]> result = new LinkedHashMap<>();
        outputs.getOrDefault(source, Map.of()).forEach((name, bytes) -> result.put(name, bytes.toByteArray()));
        return result;
    }
}
