package org.alembic4j.runtime.compile;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiled script classes on disk, one zip per source file named by its cache key
 * ({@code <sha-256>.zip}). The key covers everything the bytes depend on, so an entry is never
 * stale: a changed source gets a new key and a new entry.
 *
 * <p>Writes go to a temporary file in the same directory that is then atomically renamed, so
 * a concurrent reader sees a whole entry or none. An unreadable entry counts as a miss.
 */
final class ClassCache {

    private static final Logger LOG = LoggerFactory.getLogger("alembic.runtime.compile");

    private final Path dir;
    private boolean writable = true;

    ClassCache(Path dir) {
        this.dir = dir;
    }

    Path directory() {
        return dir;
    }

    Optional<Map<String, byte[]>> get(String key) {
        Path file = dir.resolve(key + ".zip");
        Map<String, byte[]> classes = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String name = e.getName();
                if (name.endsWith(".class")) {
                    classes.put(name.substring(0, name.length() - ".class".length()), zip.readAllBytes());
                }
            }
        } catch (NoSuchFileException miss) {
            return Optional.empty();
        } catch (IOException e) {
            LOG.debug("Ignoring unreadable cache entry {}: {}", file, e.toString());
            return Optional.empty();
        }
        return classes.isEmpty() ? Optional.empty() : Optional.of(classes);
    }

    void put(String key, Map<String, byte[]> classes) {
        if (!writable || classes.isEmpty()) {
            return;
        }
        Path tmp = null;
        try {
            prepareDirectory();
            tmp = Files.createTempFile(dir, key, ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp); ZipOutputStream zip = new ZipOutputStream(out)) {
                for (Map.Entry<String, byte[]> c : classes.entrySet()) {
                    zip.putNextEntry(new ZipEntry(c.getKey() + ".class"));
                    zip.write(c.getValue());
                    zip.closeEntry();
                }
            }
            Path target = dir.resolve(key + ".zip");
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            // A read-only script directory still works; it just compiles every time.
            writable = false;
            LOG.warn("Not caching compiled scripts in {}: {}", dir, e.toString());
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // a stray .tmp file is harmless: it never has a cache entry's name
                }
            }
        }
    }

    /** Creates the directory with a .gitignore so the cache is not committed with the scripts. */
    private void prepareDirectory() throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        Files.createDirectories(dir);
        Path ignore = dir.resolve(".gitignore");
        if (!Files.exists(ignore)) {
            try (OutputStream out = Files.newOutputStream(ignore)) {
                out.write("# compiled alembic4j revision scripts; safe to delete\n*\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            } catch (IOException raced) {
                // another process wrote it first
            }
        }
    }
}
