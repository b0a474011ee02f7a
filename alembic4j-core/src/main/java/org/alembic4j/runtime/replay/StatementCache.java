package org.alembic4j.runtime.replay;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alembic4j.internal.io.FileBytes;
import org.alembic4j.internal.io.TempFiles;
import org.alembic4j.internal.logging.Loggers;
import org.slf4j.Logger;

/**
 * The statements replayable scripts wrote offline, one file per dialect in the compiled-class
 * cache directory ({@code offline-sql-<dialect>.cache}), keyed by the script's cache key (which
 * covers its text, the Java and alembic4j versions and the class path) and the direction.
 *
 * <p>Entry layout: the key (64 hex digits) and {@code u} or {@code d} as 65 ASCII bytes, the
 * statement count, then each statement's UTF-8 length and bytes (big-endian 32-bit integers).
 * The file is read whole and indexed in place: an open-addressing table of entry offsets, hashed
 * from the key's leading hex digits, so loading 2000 entries makes no string and no map entry,
 * and a run decodes only the statements it replays. New entries are appended and the file
 * replaced atomically; past {@link #MAX_ENTRIES} the oldest go. Like the class cache it is only
 * an accelerator: unreadable means empty, unwritable means not saved.
 */
public final class StatementCache {

    /** Made on first use: a command that logs nothing here need not wait for the logging back end. */
    private static final class Log {
        static final Logger LOG = Loggers.named("alembic.runtime.replay");
    }

    private static final byte[] MAGIC = "alembic4j-offline-sql-1\n".getBytes(StandardCharsets.US_ASCII);
    private static final int KEY_LENGTH = 65;
    /** A shared cache directory sees many projects; this bounds the file (and the time to read it). */
    static final int MAX_ENTRIES = 20_000;

    private final Path file;
    private final byte[] bytes;
    /** Offsets of the entries (their keys) in file order. */
    private final int[] entries;
    /** Open addressing over {@link #entries}: slot to entry number + 1, 0 for empty. */
    private final int[] slots;
    private final Map<String, List<String>> added = new LinkedHashMap<>();

    private StatementCache(Path file, byte[] bytes, int[] entries) {
        this.file = file;
        this.bytes = bytes;
        this.entries = entries;
        this.slots = new int[Integer.highestOneBit(Math.max(entries.length, 8) * 2) * 2];
        for (int e = 0; e < entries.length; e++) {
            int slot = hash(bytes, entries[e]) & (slots.length - 1);
            while (slots[slot] != 0) {
                slot = (slot + 1) & (slots.length - 1);
            }
            slots[slot] = e + 1;
        }
    }

    /** The cache of {@code dialect} in {@code dir}; empty when absent or unreadable. */
    public static StatementCache load(Path dir, String dialect) {
        Path file = dir.resolve("offline-sql-" + fileSafe(dialect) + ".cache");
        try {
            byte[] bytes = FileBytes.read(file);
            return new StatementCache(file, bytes, entryOffsets(bytes));
        } catch (NoSuchFileException absent) {
            return new StatementCache(file, new byte[0], new int[0]);
        } catch (IOException | RuntimeException e) {
            Log.LOG.debug("Ignoring unreadable offline SQL cache {}: {}", file, e.toString());
            return new StatementCache(file, new byte[0], new int[0]);
        }
    }

    private static String fileSafe(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            out.append(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' ? c : '_');
        }
        return out.toString();
    }

    /** Where each entry starts; checks the whole file's structure on the way. */
    private static int[] entryOffsets(byte[] bytes) {
        if (bytes.length < MAGIC.length || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new IllegalStateException("not an offline SQL cache");
        }
        int[] offsets = new int[64];
        int count = 0;
        int at = MAGIC.length;
        while (at < bytes.length) {
            if (count == offsets.length) {
                offsets = Arrays.copyOf(offsets, count * 2);
            }
            offsets[count++] = at;
            at += KEY_LENGTH;
            int statements = readInt(bytes, at);
            at += 4;
            for (int i = 0; i < statements; i++) {
                at += 4 + readInt(bytes, at);
            }
        }
        if (at != bytes.length) {
            throw new IllegalStateException("truncated offline SQL cache");
        }
        return Arrays.copyOf(offsets, count);
    }

    private static int readInt(byte[] bytes, int at) {
        if (at + 4 > bytes.length) {
            throw new IllegalStateException("truncated offline SQL cache");
        }
        return (bytes[at] & 0xFF) << 24 | (bytes[at + 1] & 0xFF) << 16 | (bytes[at + 2] & 0xFF) << 8 | bytes[at + 3] & 0xFF;
    }

    /** Which characters of a key are hashed: the first and last eight hex digits, and the direction. */
    private static final int[] HASHED = {0, 1, 2, 3, 4, 5, 6, 7, 56, 57, 58, 59, 60, 61, 62, 63, 64};

    /** A hash of an entry key in the file. */
    private static int hash(byte[] bytes, int keyAt) {
        int h = 0;
        for (int i : HASHED) {
            h = 31 * h + bytes[keyAt + i];
        }
        return h ^ (h >>> 16);
    }

    /** The same hash of a key not in the file. */
    private static int hash(String key) {
        int h = 0;
        for (int i : HASHED) {
            h = 31 * h + key.charAt(i);
        }
        return h ^ (h >>> 16);
    }

    private static String entryKey(String scriptKey, boolean upgrade) {
        if (scriptKey.length() != KEY_LENGTH - 1) {
            throw new IllegalArgumentException("not a script cache key: " + scriptKey);
        }
        return scriptKey + (upgrade ? 'u' : 'd');
    }

    /** The offset of {@code key}'s entry in the file, or -1. */
    private int find(String key) {
        if (entries.length == 0) {
            return -1;
        }
        for (int slot = hash(key) & (slots.length - 1); slots[slot] != 0; slot = (slot + 1) & (slots.length - 1)) {
            int at = entries[slots[slot] - 1];
            if (sameKey(at, key)) {
                return at;
            }
        }
        return -1;
    }

    private boolean sameKey(int at, String key) {
        for (int i = 0; i < KEY_LENGTH; i++) {
            if (bytes[at + i] != key.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The statements recorded for this script and direction, if any. */
    public Optional<List<String>> find(String scriptKey, boolean upgrade) {
        String key = entryKey(scriptKey, upgrade);
        List<String> fresh = added.get(key);
        if (fresh != null) {
            return Optional.of(fresh);
        }
        int at = find(key);
        if (at < 0) {
            return Optional.empty();
        }
        at += KEY_LENGTH;
        int count = readInt(bytes, at);
        at += 4;
        List<String> statements = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int length = readInt(bytes, at);
            statements.add(new String(bytes, at + 4, length, StandardCharsets.UTF_8));
            at += 4 + length;
        }
        return Optional.of(List.copyOf(statements));
    }

    /** Records what a replayable script wrote (saved by {@link #save()}). */
    public void put(String scriptKey, boolean upgrade, List<String> statements) {
        String key = entryKey(scriptKey, upgrade);
        if (find(key) < 0) {
            added.put(key, List.copyOf(statements));
        }
    }

    /** Writes the file if anything was recorded; a failure only costs running the scripts next time. */
    public void save() {
        if (added.isEmpty()) {
            return;
        }
        try {
            ByteArrayOutputStream buffer = new ByteArrayOutputStream(bytes.length + 256 * added.size());
            buffer.write(MAGIC);
            int drop = Math.max(0, entries.length + added.size() - MAX_ENTRIES);
            if (drop < entries.length) {
                int from = entries[drop];
                buffer.write(bytes, from, bytes.length - from);
            }
            DataOutputStream out = new DataOutputStream(buffer);
            for (Map.Entry<String, List<String>> entry : added.entrySet()) {
                out.write(entry.getKey().getBytes(StandardCharsets.ISO_8859_1));
                out.writeInt(entry.getValue().size());
                for (String statement : entry.getValue()) {
                    byte[] utf8 = statement.getBytes(StandardCharsets.UTF_8);
                    out.writeInt(utf8.length);
                    out.write(utf8);
                }
            }
            TempFiles.replace(file, buffer.toByteArray());
            added.clear();
        } catch (IOException | RuntimeException e) {
            Log.LOG.debug("Could not write the offline SQL cache {}: {}", file, e.toString());
        }
    }
}
