package org.alembic4j.runtime.compile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import org.alembic4j.internal.io.ByteReader;
import org.alembic4j.internal.io.ByteWriter;
import org.alembic4j.internal.io.FileStamp;
import org.alembic4j.internal.io.TempFiles;
import org.alembic4j.internal.text.Words;

/**
 * The {@code Class-Path} of the launched jars' manifests, remembered by each jar's stamp in the
 * cache directory. Every command that runs env.java needs its class path, for the compiled-class
 * cache's key; reading one manifest meant opening the jar, and the zip machinery that goes with
 * it, which the class-data archive otherwise spares the command (measured: about 4 ms of a cold
 * JVM). A jar whose stamp changed, or that is younger than a stamp can vouch for
 * ({@link FileStamp#settled()}), is read again.
 *
 * <p>Only an accelerator, like the rest of the cache: unreadable or damaged (the file carries a
 * CRC) means empty, unwritable means not saved.
 */
final class ManifestClassPaths {

    private static final byte[] MAGIC = "alembic4j-manifest-class-paths-1\n".getBytes(StandardCharsets.ISO_8859_1);
    static final String FILE_NAME = "manifest-class-paths.idx";
    /** A shared cache directory sees many launchers; past this many jars the file starts over. */
    private static final int MAX_ENTRIES = 1_000;

    /** A jar's recorded stamp (as numbers, see {@link FileStamp#matches}) and its Class-Path words. */
    private record Entry(long size, long modifiedNanos, int fileKeyHash, List<String> classPath) {
    }

    private final Path file;
    private final Map<String, Entry> entries;
    private boolean changed;

    private ManifestClassPaths(Path file, Map<String, Entry> entries) {
        this.file = file;
        this.entries = entries;
    }

    /** Nothing remembered, nothing saved: every manifest is read. */
    static ManifestClassPaths none() {
        return new ManifestClassPaths(null, new HashMap<>());
    }

    /** The manifests remembered in {@code cacheDir}; empty if absent or unreadable. */
    static ManifestClassPaths in(Path cacheDir) {
        Path file = cacheDir.resolve(FILE_NAME);
        Map<String, Entry> entries = new HashMap<>();
        try {
            ByteReader in = ByteReader.checked(Files.readAllBytes(file));
            if (in != null && in.skipIfEqual(MAGIC)) {
                while (!in.atEnd()) {
                    String jar = in.readString();
                    entries.put(jar, new Entry(in.readLong(), in.readLong(), in.readInt(), in.readStrings()));
                }
            }
        } catch (NoSuchFileException absent) {
            // a first run
        } catch (IOException | RuntimeException unusable) {
            entries.clear();
        }
        return new ManifestClassPaths(file, entries);
    }

    /**
     * The words of {@code jar}'s manifest {@code Class-Path} (empty for none, or for a file that is
     * not a jar), from memory when {@code stamp} is the one recorded.
     */
    List<String> classPath(Path jar, FileStamp stamp) {
        String name = jar.toString();
        Entry known = entries.get(name);
        if (known != null && stamp.matches(known.size(), known.modifiedNanos(), known.fileKeyHash())) {
            return known.classPath();
        }
        List<String> read = read(jar);
        if (file != null && stamp.settled()) {
            if (entries.size() >= MAX_ENTRIES && known == null) {
                entries.clear();
            }
            entries.put(name, new Entry(stamp.size(), stamp.modifiedNanos(), stamp.fileKeyHash(), read));
            changed = true;
        }
        return read;
    }

    /** Writes what was read since loading (atomically; a failure only costs reading again). */
    void save() {
        if (!changed) {
            return;
        }
        ByteWriter out = new ByteWriter();
        out.writeBytes(MAGIC);
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            Entry entry = e.getValue();
            out.writeString(e.getKey());
            out.writeLong(entry.size());
            out.writeLong(entry.modifiedNanos());
            out.writeInt(entry.fileKeyHash());
            out.writeStrings(entry.classPath());
        }
        try {
            Files.createDirectories(file.getParent());
            TempFiles.replace(file, out.toCheckedBytes());
            changed = false;
        } catch (IOException | RuntimeException notSaved) {
            // read again next time
        }
    }

    private static List<String> read(Path jar) {
        try (JarFile opened = new JarFile(jar.toFile())) {
            Manifest manifest = opened.getManifest();
            String classPath = manifest == null ? null : manifest.getMainAttributes().getValue(Attributes.Name.CLASS_PATH);
            return classPath == null ? List.of() : Words.of(classPath);
        } catch (IOException notAJar) {
            return List.of(); // javac will ignore it as well
        }
    }
}
