package org.alembic4j.runtime.compile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.alembic4j.internal.io.FileStamp;
import org.alembic4j.internal.io.TempFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remembers the cache key of each script file by its stamp (size, modification time in
 * nanoseconds, device and inode), so a run over 1000 unchanged scripts neither reads nor hashes
 * them: hashing every source was the largest single cost of {@code upgrade --sql} on a large
 * history.
 *
 * <p>A stamp is trusted only for the environment it was recorded under (everything else the
 * class bytes depend on: Java and alembic4j versions, compiler options, the class path's
 * fingerprint), and only for files last modified at least two seconds before they were recorded
 * ({@link FileStamp#settled()}): such a file is simply hashed again next time. Like the class cache it is only an accelerator: unreadable means empty,
 * unwritable means not saved.
 *
 * <p>The index also remembers the environment's hash next to its full text, so an unchanged
 * environment is compared as text, not hashed again (SHA-256 of a few kilobytes, run by the
 * interpreter in a short-lived process, cost more than the comparison by two orders).
 */
final class SourceIndex {

    /** Made on first use: a command that logs nothing here need not wait for the logging back end. */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger("alembic.runtime.compile");
    }
    private static final String FORMAT = "alembic4j-source-keys-2";
    /** A shared cache directory sees many projects; past this many entries the index starts over. */
    private static final int MAX_ENTRIES = 50_000;
    static final String FILE_NAME = "source-keys.idx";

    private final Path file;
    private final String environment;
    private final Map<String, String[]> entries;
    private String environmentKey;
    private boolean changed;

    private SourceIndex(Path file, String environment, String environmentKey, Map<String, String[]> entries) {
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
        Map<String, String[]> entries = new HashMap<>();
        String key = null;
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int first = text.indexOf('\n');
            int end = first < 0 ? -1 : text.indexOf('\n', first + 1);
            String header = first < 0 ? "" : text.substring(0, first);
            if (end > 0 && header.startsWith(FORMAT + '\t')
                    && text.substring(first + 1, end).equals(escape(environment))) {
                key = header.substring(FORMAT.length() + 1);
                for (int start = end + 1; start < text.length(); start = end + 1) {
                    end = text.indexOf('\n', start);
                    if (end < 0) {
                        end = text.length();
                    }
                    // path TAB stamp TAB key, split by hand (1000 lines, cold)
                    int pathEnd = tab(text, start, end);
                    int stampEnd = pathEnd < 0 ? -1 : tab(text, pathEnd + 1, end);
                    if (stampEnd >= 0 && tab(text, stampEnd + 1, end) < 0) {
                        entries.put(text.substring(start, pathEnd), new String[] {
                                text.substring(pathEnd + 1, stampEnd), text.substring(stampEnd + 1, end)});
                    }
                }
            }
        } catch (IOException | RuntimeException unusable) {
            entries.clear();
            key = null;
        }
        return new SourceIndex(file, environment, key, entries);
    }

    /** The first tab in {@code text[from, end)}, or -1. */
    private static int tab(String text, int from, int end) {
        int at = text.indexOf('\t', from);
        return at < end ? at : -1;
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

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r");
    }

    /** The key recorded for {@code source} at this stamp, or null. */
    String key(Path source, FileStamp stamp) {
        String[] entry = entries.get(source.toString());
        return entry != null && stamp != null && entry[0].equals(stamp.text()) ? entry[1] : null;
    }

    /** Records the key of a source just hashed, unless its stamp can't be trusted yet. */
    void record(Path source, FileStamp stamp, String key) {
        String name = source.toString();
        if (stamp == null || !stamp.settled() || name.indexOf('\t') >= 0 || name.indexOf('\n') >= 0) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES && !entries.containsKey(name)) {
            entries.clear();
        }
        String[] previous = entries.put(name, new String[] {stamp.text(), key});
        changed |= previous == null || !previous[0].equals(stamp.text()) || !previous[1].equals(key);
    }

    /** Writes the index if it changed (atomically; a failure only costs hashing next time). */
    void save() {
        if (!changed || environmentKey == null) {
            return;
        }
        StringBuilder out = new StringBuilder(FORMAT).append('\t').append(environmentKey).append('\n')
                .append(escape(environment)).append('\n');
        entries.forEach((path, entry) -> out.append(path).append('\t').append(entry[0]).append('\t')
                .append(entry[1]).append('\n'));
        try {
            TempFiles.replace(file, out);
            changed = false;
        } catch (IOException | RuntimeException e) {
            Log.LOG.debug("Could not write the source key index {}: {}", file, e.toString());
        }
    }
}
