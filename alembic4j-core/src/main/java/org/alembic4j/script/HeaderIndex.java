package org.alembic4j.script;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alembic4j.graph.RevisionNode;
import org.alembic4j.internal.io.TempFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A cache of parsed revision headers, so a read-only command on a large versions folder reads one
 * file instead of one per revision.
 *
 * <p>An entry is used only while its file has the same size, modification time (nanoseconds)
 * and file key (device and inode, where the file system has them) as when it was parsed; any
 * difference, and any file not in the index, is parsed again and the index rewritten. A file
 * modified in the last two seconds is not indexed at all (see {@link RevisionFile#settled()}). The index
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

    /** A header as stored; the node is made at look-up, with the path the scanner found. */
    private record Entry(String stamp, String id, List<String> downs, List<String> labels, List<String> dependsOn,
            String docstring) {

        static Entry of(String stamp, RevisionNode n) {
            return new Entry(stamp, n.id(), n.downRevisions(), n.branchLabels(), n.dependsOn(), n.docstring());
        }

        RevisionNode node(Path path) {
            return new RevisionNode(id, downs, labels, dependsOn, docstring, path);
        }
    }

    private HeaderIndex(Path file, String charsetName, Map<String, Entry> entries) {
        this.file = file;
        this.charsetName = charsetName;
        this.entries = entries;
    }

    /** The index at {@code file}, empty when absent, unreadable, or written for another encoding. */
    static HeaderIndex load(Path file, String charsetName) {
        Map<String, Entry> entries = new HashMap<>();
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            int end = text.indexOf('\n');
            if (end > 0 && text.substring(0, end).equals(FORMAT + FIELD + charsetName)) {
                for (int start = end + 1; start < text.length(); start = end + 1) {
                    end = text.indexOf('\n', start);
                    if (end < 0) {
                        end = text.length();
                    }
                    parseLine(text.substring(start, end), entries);
                }
            }
        } catch (IOException | RuntimeException unusable) {
            entries.clear();
        }
        return new HeaderIndex(file, charsetName, entries);
    }

    /** The cached header of {@code file}, or null when the file changed or is not indexed. */
    RevisionNode lookup(RevisionFile file) {
        Entry entry = entries.get(file.path().toString());
        if (entry == null || file.stamp() == null) {
            return null;
        }
        return entry.stamp().equals(file.stamp().text()) ? entry.node(file.path()) : null;
    }

    /** Records a freshly parsed header, if the file's stamp can be trusted to stand for it. */
    void put(RevisionFile file, RevisionNode node) {
        if (file.settled()) {
            entries.put(file.path().toString(), Entry.of(file.stamp().text(), node));
            changed = true;
        }
    }

    /** Writes the index if anything changed, keeping only {@code current} files. */
    void save(List<RevisionFile> current) {
        if (!changed && entries.size() == current.size()) {
            return;
        }
        StringBuilder out = new StringBuilder(FORMAT).append(FIELD).append(charsetName).append('\n');
        for (RevisionFile revisionFile : current) {
            String path = revisionFile.path().toString();
            Entry entry = entries.get(path);
            if (entry != null) {
                out.append(escape(path)).append(FIELD).append(escape(entry.stamp())).append(FIELD)
                        .append(escape(entry.id())).append(FIELD).append(list(entry.downs())).append(FIELD)
                        .append(list(entry.labels())).append(FIELD).append(list(entry.dependsOn())).append(FIELD)
                        .append(escape(entry.docstring())).append('\n');
            }
        }
        try {
            Files.createDirectories(file.getParent());
            Path ignore = file.getParent().resolve(".gitignore");
            if (!Files.exists(ignore)) {
                // The cache directory holds nothing to commit (the class cache writes the same file).
                Files.writeString(ignore, "# alembic4j caches; safe to delete\n*\n", StandardCharsets.UTF_8);
            }
            TempFiles.replace(file, out);
        } catch (IOException | RuntimeException e) {
            LOG.debug("Could not write the revision header index {}: {}", file, e.toString());
        }
    }

    private static void parseLine(String line, Map<String, Entry> entries) {
        List<String> fields = split(line, FIELD);
        if (fields.size() != 7) {
            throw new IllegalStateException("malformed index line");
        }
        entries.put(unescape(fields.get(0)), new Entry(unescape(fields.get(1)), unescape(fields.get(2)),
                items(fields.get(3)), items(fields.get(4)), items(fields.get(5)), unescape(fields.get(6))));
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
        if (field.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (String item : split(field, ITEM)) {
            out.add(unescape(item));
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
        if (s.indexOf('\\') < 0) {
            return s;
        }
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
