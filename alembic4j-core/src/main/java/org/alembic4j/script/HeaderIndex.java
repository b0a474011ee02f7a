package org.alembic4j.script;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.alembic4j.graph.RevisionNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A cache of parsed revision headers, so a read-only command on a large versions folder reads one
 * file instead of one per revision.
 *
 * <p>An entry is used only while its file has the same size, modification time (nanoseconds)
 * and file key (device and inode, where the file system has them) as when it was parsed; any
 * difference, and any file not in the index, is parsed again and the index rewritten. The index
 * is written to a temporary file and moved into place, so a concurrent reader sees the old or
 * the new one, never half of one. It is only an accelerator: if it can't be read or written,
 * headers are parsed from the files as if it did not exist.
 */
final class HeaderIndex {

    private static final Logger LOG = LoggerFactory.getLogger("alembic.script.index");
    private static final String FORMAT = "alembic4j-revision-headers-1";
    private static final char FIELD = '\t';
    private static final char ITEM = '\u001f';

    private final Path file;
    private final String charsetName;
    private final Map<String, Entry> entries;
    private boolean changed;

    private record Entry(String stamp, RevisionNode node) { }

    private HeaderIndex(Path file, String charsetName, Map<String, Entry> entries) {
        this.file = file;
        this.charsetName = charsetName;
        this.entries = entries;
    }

    /** The index at {@code file}, empty when absent, unreadable, or written for another encoding. */
    static HeaderIndex load(Path file, String charsetName) {
        Map<String, Entry> entries = new HashMap<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (!lines.isEmpty() && lines.get(0).equals(FORMAT + FIELD + charsetName)) {
                for (String line : lines.subList(1, lines.size())) {
                    parseLine(line, entries);
                }
            }
        } catch (IOException | RuntimeException unusable) {
            entries.clear();
        }
        return new HeaderIndex(file, charsetName, entries);
    }

    /** The cached header of {@code path}, or null when the file changed or is not indexed. */
    RevisionNode lookup(Path path) {
        Entry entry = entries.get(path.toString());
        if (entry == null) {
            return null;
        }
        String stamp = stamp(path);
        return entry.stamp().equals(stamp) ? entry.node() : null;
    }

    /** Records a freshly parsed header. */
    void put(Path path, RevisionNode node) {
        String stamp = stamp(path);
        if (stamp != null) {
            entries.put(path.toString(), new Entry(stamp, node));
            changed = true;
        }
    }

    /** Writes the index if anything changed, keeping only {@code current} files. */
    void save(List<Path> current) {
        if (!changed && entries.size() == current.size()) {
            return;
        }
        StringBuilder out = new StringBuilder(FORMAT).append(FIELD).append(charsetName).append('\n');
        for (Path path : current) {
            Entry entry = entries.get(path.toString());
            if (entry != null) {
                RevisionNode n = entry.node();
                out.append(escape(path.toString())).append(FIELD).append(escape(entry.stamp())).append(FIELD)
                        .append(escape(n.id())).append(FIELD).append(list(n.downRevisions())).append(FIELD)
                        .append(list(n.branchLabels())).append(FIELD).append(list(n.dependsOn())).append(FIELD)
                        .append(escape(n.docstring())).append('\n');
            }
        }
        try {
            Files.createDirectories(file.getParent());
            Path ignore = file.getParent().resolve(".gitignore");
            if (!Files.exists(ignore)) {
                // The cache directory holds nothing to commit (the class cache writes the same file).
                Files.writeString(ignore, "# alembic4j caches; safe to delete\n*\n", StandardCharsets.UTF_8);
            }
            Path temp = Files.createTempFile(file.getParent(), ".headers", ".tmp");
            Files.writeString(temp, out, StandardCharsets.UTF_8);
            Files.move(temp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Could not write the revision header index {}: {}", file, e.toString());
        }
    }

    private static String stamp(Path path) {
        try {
            BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a.size() + ":" + a.lastModifiedTime().to(TimeUnit.NANOSECONDS) + ":" + a.fileKey();
        } catch (IOException e) {
            return null;
        }
    }

    private static void parseLine(String line, Map<String, Entry> entries) {
        List<String> fields = split(line, FIELD);
        if (fields.size() != 7) {
            throw new IllegalStateException("malformed index line");
        }
        RevisionNode node = new RevisionNode(unescape(fields.get(2)), items(fields.get(3)), items(fields.get(4)),
                items(fields.get(5)), unescape(fields.get(6)), Path.of(unescape(fields.get(0))));
        entries.put(unescape(fields.get(0)), new Entry(unescape(fields.get(1)), node));
    }

    private static String list(List<String> values) {
        StringBuilder out = new StringBuilder();
        for (String value : values) {
            if (out.length() > 0) {
                out.append(ITEM);
            }
            out.append(escape(value));
        }
        return out.toString();
    }

    private static List<String> items(String field) {
        List<String> out = new ArrayList<>();
        if (!field.isEmpty()) {
            for (String item : split(field, ITEM)) {
                out.add(unescape(item));
            }
        }
        return out;
    }

    /** Backslash escapes for the characters the format uses as separators. */
    private static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case ITEM -> out.append("\\u");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                out.append(c);
                continue;
            }
            char next = s.charAt(++i);
            switch (next) {
                case 't' -> out.append('\t');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 'u' -> out.append(ITEM);
                default -> out.append(next);
            }
        }
        return out.toString();
    }

    private static List<String> split(String s, char separator) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == separator) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        return out;
    }
}
