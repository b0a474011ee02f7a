package org.alembic4j.runtime.replay;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
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
import org.alembic4j.internal.io.TempFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The statements replayable scripts wrote offline, one file per dialect in the compiled-class
 * cache directory ({@code offline-sql-<dialect>.cache}), keyed by the script's cache key (which
 * covers its text, the Java and alembic4j versions and the class path) and the direction.
 *
 * <p>The file is read whole at once and decoded lazily: a run over 1000 cached scripts decodes
 * the entries it replays and nothing else. Entry layout: the key (64 hex digits) and {@code u} or
 * {@code d} as 65 ASCII bytes, the statement count, then each statement's UTF-8 length and bytes
 * (big-endian 32-bit integers). New entries are appended and the file replaced atomically; past
 * {@link #MAX_ENTRIES} the oldest go. Like the class cache it is only an accelerator:
 * unreadable means empty, unwritable means not saved.
 */
public final class StatementCache {

    /** Made on first use: a command that logs nothing here need not wait for the logging back end. */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger("alembic.runtime.replay");
    }
    private static final byte[] MAGIC = "alembic4j-offline-sql-1\n".getBytes(StandardCharsets.US_ASCII);
    private static final int KEY_LENGTH = 65;
    /** A shared cache directory sees many projects; this bounds the file (and the time to read it). */
    static final int MAX_ENTRIES = 20_000;

    private final Path file;
    private final byte[] bytes;
    /** Entry key to the offset of its statement count in {@link #bytes}, in file order. */
    private final Map<String, Integer> offsets;
    private final Map<String, List<String>> added = new LinkedHashMap<>();

    private StatementCache(Path file, byte[] bytes, Map<String, Integer> offsets) {
        this.file = file;
        this.bytes = bytes;
        this.offsets = offsets;
    }

    /** The cache of {@code dialect} in {@code dir}; empty when absent or unreadable. */
    public static StatementCache load(Path dir, String dialect) {
        Path file = dir.resolve("offline-sql-" + dialect.replaceAll("[^A-Za-z0-9_]", "_") + ".cache");
        try {
            byte[] bytes = Files.readAllBytes(file);
            return new StatementCache(file, bytes, index(bytes));
        } catch (NoSuchFileException absent) {
            return new StatementCache(file, new byte[0], new LinkedHashMap<>());
        } catch (IOException | RuntimeException e) {
            Log.LOG.debug("Ignoring unreadable offline SQL cache {}: {}", file, e.toString());
            return new StatementCache(file, new byte[0], new LinkedHashMap<>());
        }
    }

    private static Map<String, Integer> index(byte[] bytes) {
        if (bytes.length < MAGIC.length || !Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw new IllegalStateException("not an offline SQL cache");
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        in.position(MAGIC.length);
        Map<String, Integer> offsets = new LinkedHashMap<>();
        while (in.hasRemaining()) {
            String key = new String(bytes, in.position(), KEY_LENGTH, StandardCharsets.ISO_8859_1);
            in.position(in.position() + KEY_LENGTH);
            offsets.put(key, in.position());
            for (int count = in.getInt(); count > 0; count--) {
                int length = in.getInt();
                in.position(in.position() + length);
            }
        }
        return offsets;
    }

    private static String entryKey(String scriptKey, boolean upgrade) {
        if (scriptKey.length() != KEY_LENGTH - 1) {
            throw new IllegalArgumentException("not a script cache key: " + scriptKey);
        }
        return scriptKey + (upgrade ? 'u' : 'd');
    }

    /** The statements recorded for this script and direction, if any. */
    public Optional<List<String>> find(String scriptKey, boolean upgrade) {
        String key = entryKey(scriptKey, upgrade);
        List<String> fresh = added.get(key);
        if (fresh != null) {
            return Optional.of(fresh);
        }
        Integer offset = offsets.get(key);
        if (offset == null) {
            return Optional.empty();
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        in.position(offset);
        int count = in.getInt();
        List<String> statements = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int length = in.getInt();
            statements.add(new String(bytes, in.position(), length, StandardCharsets.UTF_8));
            in.position(in.position() + length);
        }
        return Optional.of(List.copyOf(statements));
    }

    /** Records what a replayable script wrote (saved by {@link #save()}). */
    public void put(String scriptKey, boolean upgrade, List<String> statements) {
        String key = entryKey(scriptKey, upgrade);
        if (!offsets.containsKey(key)) {
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
            List<Map.Entry<String, Integer>> kept = new ArrayList<>(offsets.entrySet());
            int drop = Math.max(0, kept.size() + added.size() - MAX_ENTRIES);
            for (int i = drop; i < kept.size(); i++) {
                int start = kept.get(i).getValue() - KEY_LENGTH;
                int end = i + 1 < kept.size() ? kept.get(i + 1).getValue() - KEY_LENGTH : bytes.length;
                buffer.write(bytes, start, end - start);
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
