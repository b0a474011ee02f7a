package org.alembic4j.runtime.compile;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
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
import org.alembic4j.internal.io.FileBytes;
import org.alembic4j.internal.io.TempFiles;
import org.alembic4j.internal.logging.Loggers;
import org.slf4j.Logger;

/**
 * Compiled script classes on disk, one file per source file named by its cache key
 * ({@code <sha-256>.classes}). The key covers everything the bytes depend on, so an entry is never
 * stale: a changed source gets a new key and a new entry.
 *
 * <p>An entry is a plain record, not a zip: a magic word, the class count, then each class's
 * binary name and bytes. A run over 1000 cached scripts reads 1000 entries, and inflating zips
 * was a tenth of that run.
 *
 * <p>Writes go to a temporary file in the same directory that is then atomically renamed, so
 * a concurrent reader sees a whole entry or none. An unreadable entry counts as a miss.
 */
final class ClassCache {

    /** Made on first use: a command that logs nothing here need not wait for the logging back end. */
    private static final class Log {
        static final Logger LOG = Loggers.named("alembic.runtime.compile");
    }

    /** The extension of an entry's file. */
    static final String EXTENSION = ".classes";
    private static final int MAGIC = 0xA4C1A55E;

    private final Path dir;
    private boolean writable = true;

    ClassCache(Path dir) {
        this.dir = dir;
    }

    Path directory() {
        return dir;
    }

    Optional<Map<String, byte[]>> get(String key) {
        Path file = dir.resolve(key + EXTENSION);
        Map<String, byte[]> classes = new LinkedHashMap<>();
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(FileBytes.read(file)))) {
            if (in.readInt() != MAGIC) {
                throw new IOException("not a class cache entry");
            }
            for (int i = in.readInt(); i > 0; i--) {
                String name = in.readUTF();
                byte[] bytes = new byte[in.readInt()];
                in.readFully(bytes);
                classes.put(name, bytes);
            }
            if (in.available() != 0) {
                throw new IOException("trailing bytes");
            }
        } catch (NoSuchFileException miss) {
            return Optional.empty();
        } catch (IOException | RuntimeException e) {
            Log.LOG.debug("Ignoring unreadable cache entry {}: {}", file, e.toString());
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
            tmp = TempFiles.create(dir, key, ".tmp");
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp)))) {
                out.writeInt(MAGIC);
                out.writeInt(classes.size());
                for (Map.Entry<String, byte[]> c : classes.entrySet()) {
                    out.writeUTF(c.getKey());
                    out.writeInt(c.getValue().length);
                    out.write(c.getValue());
                }
            }
            Path target = dir.resolve(key + EXTENSION);
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            tmp = null;
        } catch (IOException e) {
            // A read-only script directory still works; it just compiles every time.
            writable = false;
            Log.LOG.warn("Not caching compiled scripts in {}: {}", dir, e.toString());
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
