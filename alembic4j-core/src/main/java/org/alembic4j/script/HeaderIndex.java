package org.alembic4j.script;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alembic4j.graph.RevisionNode;
import org.alembic4j.internal.io.ByteReader;
import org.alembic4j.internal.io.ByteWriter;
import org.alembic4j.internal.io.FileBytes;
import org.alembic4j.internal.io.TempFiles;
import org.alembic4j.internal.logging.Loggers;
import org.slf4j.Logger;

/**
 * A cache of parsed revision headers, so a read-only command on a large versions folder reads one
 * file instead of one per revision.
 *
 * <p>An entry is used only while its file has the same size, modification time (nanoseconds)
 * and file key (device and inode, where the file system has them) as when it was parsed; any
 * difference, and any file not in the index, is parsed again and the index rewritten. A file
 * modified in the last two seconds is not indexed at all (see {@link RevisionFile#settled()}). The index
 * is written to a temporary file and moved into place, so a concurrent reader sees the old or
 * the new one, never half of one. It is only an accelerator: if it can't be read (absent,
 * damaged, another format, written for another encoding) or written, headers are parsed from the
 * files as if it did not exist.
 *
 * <p>The format is binary ({@link ByteWriter}), because reading it is the largest part of a
 * read-only command and a fresh JVM interprets every loop over characters. After a magic line and
 * the encoding come the directories the files were listed in, then one entry per file in scan
 * order: its length in bytes, directory number, file name, stamp (size, modification time, file
 * key hash), id, down revisions, branch labels, dependencies and docstring. The scanner asks for
 * the files in that same order, so each look-up reads the next entry and no map is built; only
 * when the versions folder changed are the entries put in a map by directory and name.
 */
final class HeaderIndex {

    /** Made on first use: the first logger of a command starts SLF4J, which a listing need not. */
    private static final class Log {
        static final Logger LOG = Loggers.named("alembic.script.index");
    }

    private static final byte[] MAGIC = "alembic4j-revision-headers-2\n".getBytes(StandardCharsets.ISO_8859_1);

    private final Path file;
    private final String charsetName;
    /** The entries, or null when there is no usable index. */
    private ByteReader in;
    private final String[] dirs;
    private final int entryCount;
    private final int firstEntry;

    /** Entries by {@link #key(int, String)}, made on the first look-up out of scan order. */
    private Map<String, Integer> offsets;
    private Path lastDir;
    private int lastDirNumber;
    private int hits;
    private boolean changed;

    private HeaderIndex(Path file, String charsetName, ByteReader in, String[] dirs, int entryCount) {
        this.file = file;
        this.charsetName = charsetName;
        this.in = in;
        this.dirs = dirs;
        this.entryCount = entryCount;
        this.firstEntry = in == null ? 0 : in.position();
    }

    /** The index at {@code file}, empty when absent, unreadable, or written for another encoding. */
    static HeaderIndex load(Path file, String charsetName) {
        try {
            ByteReader in = ByteReader.checked(FileBytes.read(file));
            if (in != null && in.skipIfEqual(MAGIC) && in.readString().equals(charsetName)) {
                String[] dirs = new String[in.readInt()];
                for (int i = 0; i < dirs.length; i++) {
                    dirs[i] = in.readString();
                }
                int entryCount = in.readInt();
                if (entryCount >= 0) {
                    return new HeaderIndex(file, charsetName, in, dirs, entryCount);
                }
            }
        } catch (NoSuchFileException absent) {
            // the first command on this project
        } catch (IOException | RuntimeException unusable) {
            Log.LOG.debug("Ignoring the revision header index {}: {}", file, unusable.toString());
        }
        return new HeaderIndex(file, charsetName, null, new String[0], 0);
    }

    /** The cached header of {@code file}, or null when the file changed or is not indexed. */
    RevisionNode lookup(RevisionFile file) {
        RevisionNode node = null;
        try {
            node = in == null || file.stamp() == null ? null : find(file);
        } catch (RuntimeException damaged) {
            // The checksum matched, so this is a bug rather than a bad file; still only an accelerator.
            Log.LOG.debug("Ignoring the revision header index {}: {}", this.file, damaged.toString());
            in = null;
            changed = true;
        }
        if (node != null) {
            hits++;
        } else if (file.settled()) {
            changed = true; // parsed now, and worth indexing
        }
        return node;
    }

    private RevisionNode find(RevisionFile file) {
        int dir = dirNumber(file.dir());
        if (dir < 0) {
            return null;
        }
        if (offsets == null) {
            // In scan order, the entry at the cursor is this file's.
            int start = in.position();
            if (!in.atEnd() && entryFor(dir, file.name())) {
                return readHeader(file);
            }
            offsets = offsetsByKey();
            in.seek(start);
        }
        Integer offset = offsets.get(key(dir, file.name()));
        if (offset == null) {
            return null;
        }
        in.seek(offset);
        entryFor(dir, file.name());
        return readHeader(file);
    }

    /** Reads the entry head at the cursor; true, positioned at its stamp, if it is {@code name}'s. */
    private boolean entryFor(int dir, String name) {
        int start = in.position();
        int length = in.readInt();
        if (in.readInt() == dir && in.readString().equals(name)) {
            return true;
        }
        in.seek(start + 4 + length);
        return false;
    }

    /** The header at the cursor (after the entry head), if the stamp matches; the cursor ends after the entry. */
    private RevisionNode readHeader(RevisionFile file) {
        long size = in.readLong();
        long modified = in.readLong();
        int key = in.readInt();
        String id = in.readString();
        List<String> downs = in.readStrings();
        List<String> labels = in.readStrings();
        List<String> dependsOn = in.readStrings();
        String docstring = in.readString();
        return file.stamp().matches(size, modified, key)
                ? new RevisionNode(id, downs, labels, dependsOn, docstring, file.path())
                : null;
    }

    private Map<String, Integer> offsetsByKey() {
        Map<String, Integer> map = new HashMap<>();
        in.seek(firstEntry);
        for (int i = 0; i < entryCount; i++) {
            int start = in.position();
            int length = in.readInt();
            map.put(key(in.readInt(), in.readString()), start);
            in.seek(start + 4 + length);
        }
        return map;
    }

    private static String key(int dir, String name) {
        return dir + "/" + name;
    }

    /** The number of {@code dir} in this index (-1 if absent); the scanner repeats one instance per directory. */
    private int dirNumber(Path dir) {
        if (dir != lastDir) {
            String name = dir.toString();
            lastDir = dir;
            lastDirNumber = -1;
            for (int i = 0; i < dirs.length; i++) {
                if (dirs[i].equals(name)) {
                    lastDirNumber = i;
                    break;
                }
            }
        }
        return lastDirNumber;
    }

    /**
     * Writes the index if it would differ from the one read: a header was parsed and can be
     * indexed, an entry is no longer used, or the files came out of the index's order.
     *
     * @param files the files of this scan
     * @param nodes their headers, in the same order
     */
    void save(List<RevisionFile> files, RevisionNode[] nodes) {
        if (!changed && hits == entryCount && offsets == null) {
            return;
        }
        try {
            write(encode(files, nodes));
        } catch (IOException | RuntimeException e) {
            Log.LOG.debug("Could not write the revision header index {}: {}", file, e.toString());
        }
    }

    private byte[] encode(List<RevisionFile> files, RevisionNode[] nodes) {
        Map<String, Integer> dirNumbers = new LinkedHashMap<>();
        for (RevisionFile f : files) {
            dirNumbers.putIfAbsent(f.dir().toString(), dirNumbers.size());
        }
        ByteWriter out = new ByteWriter();
        out.writeBytes(MAGIC);
        out.writeString(charsetName);
        out.writeInt(dirNumbers.size());
        for (String dir : dirNumbers.keySet()) {
            out.writeString(dir);
        }
        int countAt = out.size();
        out.writeInt(0);
        int count = 0;
        for (int i = 0; i < nodes.length; i++) {
            RevisionFile f = files.get(i);
            if (nodes[i] != null && f.settled()) {
                int start = out.size();
                try {
                    writeEntry(out, dirNumbers.get(f.dir().toString()), f, nodes[i]);
                    count++;
                } catch (IllegalArgumentException unrepresentable) {
                    out.truncate(start); // such a header is simply parsed each time
                }
            }
        }
        out.writeIntAt(countAt, count);
        return out.toCheckedBytes();
    }

    private static void writeEntry(ByteWriter out, int dir, RevisionFile f, RevisionNode node) {
        int start = out.size();
        out.writeInt(0);
        out.writeInt(dir);
        out.writeString(f.name());
        out.writeLong(f.stamp().size());
        out.writeLong(f.stamp().modifiedNanos());
        out.writeInt(f.stamp().fileKeyHash());
        out.writeString(node.id());
        out.writeStrings(node.downRevisions());
        out.writeStrings(node.branchLabels());
        out.writeStrings(node.dependsOn());
        out.writeString(node.docstring());
        out.writeIntAt(start, out.size() - start - 4);
    }

    private void write(byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        Path ignore = file.getParent().resolve(".gitignore");
        if (!Files.exists(ignore)) {
            // The cache directory holds nothing to commit (the class cache writes the same file).
            Files.writeString(ignore, "# alembic4j caches; safe to delete\n*\n", StandardCharsets.UTF_8);
        }
        TempFiles.replace(file, content);
    }
}
