package org.alembic4j.runtime.compile;

import java.net.URI;
import java.nio.file.Path;
import javax.tools.SimpleJavaFileObject;

/**
 * A source file given to javac from memory: the exact text that was hashed for the cache, so
 * what is compiled is what the cache key says.
 */
final class SourceFile extends SimpleJavaFileObject {

    private final Path path;
    private final String text;

    SourceFile(Path path, String text) {
        super(uriOf(path), Kind.SOURCE);
        this.path = path;
        this.text = text;
    }

    private static URI uriOf(Path path) {
        return path.toAbsolutePath().toUri();
    }

    Path path() {
        return path;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return text;
    }
}
