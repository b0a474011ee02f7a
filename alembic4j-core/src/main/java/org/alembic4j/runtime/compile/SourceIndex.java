package org.alembic4j.runtime.compile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.alembic4j.internal.io.ByteReader;
import org.alembic4j.internal.io.ByteWriter;
import org.alembic4j.internal.io.FileBytes;
import org.alembic4j.internal.io.FileStamp;
import org.alembic4j.internal.io.TempFiles;
import org.alembic4j.internal.logging.Loggers;
import org.slf4j.Logger;

/**
 * Remembers the cache key of each script file by its stamp (size, modification time in
 * nanoseconds, device and inode), so a run over 1000 unchanged scripts neither reads nor hashes
 * them: hashing every source was the largest single cost of {@code upgrade --sql} on a large
 * history.
 *
 * <p>A stamp is trusted only for the environment it was recorded under (everything else the
 * class bytes depend on: Java and alembic4j versions, compiler options, the class path's
 * fingerprint), and only for files last modified at least two seconds before they were recorded
 * ({@link FileStamp#settled()}): such a file is simply hashed again next time. Like the class
 * cache it is only an accelerator: unreadable (or damaged: the file carries a CRC) means empty,
 * unwritable means not saved.
 *
 * <p>The index also remembers the environment's hash next to its full text, so an unchanged
 * environment is compared as text, not hashed again (SHA-256 of a few kilobytes, run by the
 * interpreter in a short-lived process, cost more than the comparison by two orders). It is
 * binary ({@link ByteWriter}), stamps kept as numbers: looking up 1000 scripts compares numbers
 * instead of building 1000 stamp strings.
 */
final class SourceIndex {

    /** Made on first use: a command that logs nothing here need not wait for the logging back end. */
    private static final class Log {
        static final Logger LOG = Loggers.named("alembic.runtime.compile");
    }

    private static final byte[] MAGIC = "alembic4j-source-keys-3\n".getBytes(StandardCharsets.ISO_8859_1);
    /** A shared cache directory sees many projects; past this many entries the index starts over. */
    private static final int MAX_ENTRIES = 50_000;
    static final String FILE_NAME = "source-keys.idx";

    /** A script's recorded stamp (as numbers, see {@link FileStamp#matches}) and its cache key. */
    private record Entry(long size, long modifiedNanos, int fileKeyHash, String key) {

        /**
         * Field by field: a record's own equals runs as a method-handle chain, which a cold JVM
         * interprets (a few ms over the 1000 scripts of a first compile).
         */
        boolean sameAs(Entry other) {
            return other != null && size == other.size && modifiedNanos == other.modifiedNanos
                    && fileKeyHash == other.fileKeyHash && key.equals(other.key);
        }
    }

    private final Path file;
    private final String environment;
    private final Map<String, Entry> entries;
    private String environmentKey;
    private boolean changed;

    private SourceIndex(Path file, String environment, String environmentKey, Map<String, Entry> entries) {
        this.file = file;
        this.environment = environment;
        this.environmentKey = environmentKey;
        this.entries = entries;
    }

    /**
     * The index in {@code cacheDir} for this environment (its full text); empty if absent,
     * unreadable or made for another environment.
     */
    static SourceIndex load(Path cacheDir, String environment) {
        Path file = cacheDir.resolve(FILE_NAME);
        Map<String, Entry> entries = new HashMap<>();
        String key = null;
        try {
            ByteReader in = ByteReader.checked(FileBytes.read(file));
            if (in != null && in.skipIfEqual(MAGIC) && in.readString().equals(environment)) {
                key = in.readString();
                while (!in.atEnd()) {
                    String path = in.readString();
                    entries.put(path, new Entry(in.readLong(), in.readLong(), in.readInt(), in.readString()));
                }
            }
        } catch (NoSuchFileException absent) {
            // a first run
        } catch (IOException | RuntimeException unusable) {
            entries.clear();
            key = null;
        }
        return new SourceIndex(file, environment, key, entries);
    }

    /** The environment's hash as recorded with it, or null when this index doesn't know it yet. */
    String environmentKey() {
        return environmentKey;
    }

    /** Records the environment's hash (saved with the next change). */
    void environmentKey(String key) {
        if (!key.equals(environmentKey)) {
            environmentKey = key;
            changed = true;
        }
    }

    /** The key recorded for {@code source} at this stamp, or null. */
    String key(Path source, FileStamp stamp) {
        Entry entry = entries.get(source.toString());
        return entry != null && stamp != null && stamp.matches(entry.size(), entry.modifiedNanos(), entry.fileKeyHash())
                ? entry.key() : null;
    }

    /** Records the key of a source just hashed, unless its stamp can't be trusted yet. */
    void record(Path source, FileStamp stamp, String key) {
        if (stamp == null || !stamp.settled()) {
            return;
        }
        String name = source.toString();
        if (entries.size() >= MAX_ENTRIES && !entries.containsKey(name)) {
            entries.clear();
        }
        Entry entry = new Entry(stamp.size(), stamp.modifiedNanos(), stamp.fileKeyHash(), key);
        Entry previous = entries.put(name, entry);
        changed |= !entry.sameAs(previous);
    }

    /** Writes the index if it changed (atomically; a failure only costs hashing next time). */
    void save() {
        if (!changed || environmentKey == null) {
            return;
        }
        ByteWriter out = new ByteWriter();
        out.writeBytes(MAGIC);
        out.writeString(environment);
        out.writeString(environmentKey);
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            out.writeString(e.getKey());
            out.writeLong(e.getValue().size());
            out.writeLong(e.getValue().modifiedNanos());
            out.writeInt(e.getValue().fileKeyHash());
            out.writeString(e.getValue().key());
        }
        try {
            TempFiles.replace(file, out.toCheckedBytes());
            changed = false;
        } catch (IOException | RuntimeException e) {
            Log.LOG.debug("Could not write the source key index {}: {}", file, e.toString());
        }
    }
}
