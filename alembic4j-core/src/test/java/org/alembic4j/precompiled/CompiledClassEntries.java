package org.alembic4j.precompiled;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The compiled-class entries in a cache directory. The directory itself may exist for other
 * reasons (the script directory's header index lives there too), so tests that prove nothing
 * was compiled look for entries, not for the directory.
 */
public final class CompiledClassEntries {
    private CompiledClassEntries() {
    }

    public static List<Path> in(Path cacheDir) throws IOException {
        if (!Files.isDirectory(cacheDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(cacheDir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".classes")).toList();
        }
    }
}
