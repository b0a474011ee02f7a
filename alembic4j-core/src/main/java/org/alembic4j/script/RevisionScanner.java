package org.alembic4j.script;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.alembic4j.AlembicException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the revision files of the version locations, in revision-map order: locations in the
 * order configured, and within each the files sorted by name, then (when recursive) each
 * subdirectory in sorted order, depth first. Candidates end in {@code .java} or {@code .sql};
 * hidden names (a leading {@code .}, which covers Emacs's {@code .#} lock files) and names
 * starting with {@code __init__} are skipped, as are hidden subdirectories. A file reached twice
 * through overlapping locations or links is taken once, with Alembic's warning.
 */
final class RevisionScanner {

    private static final Logger LOG = LoggerFactory.getLogger("alembic.util.messaging");

    /** File names compared by Unicode code point, as Python's {@code sorted()} does. */
    static final Comparator<String> CODE_POINT_ORDER = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    };

    private final boolean recursive;
    private final Set<Path> seen = new HashSet<>();
    private final Set<Path> seenDirs = new HashSet<>();
    private final List<Path> found = new ArrayList<>();

    private RevisionScanner(boolean recursive) {
        this.recursive = recursive;
    }

    /** The revision files under {@code locations}; locations that don't exist are skipped. */
    static List<Path> scan(List<Path> locations, boolean recursive) {
        RevisionScanner scanner = new RevisionScanner(recursive);
        for (Path location : locations) {
            if (Files.isDirectory(location)) {
                scanner.scanDirectory(location, realPath(location));
            }
        }
        return scanner.found;
    }

    static boolean isCandidate(String name) {
        return !name.startsWith(".") && !name.startsWith("__init__")
                && RevisionFormat.ofFileName(name).isPresent();
    }

    private void scanDirectory(Path dir, Path realDir) {
        seenDirs.add(realDir);
        List<Entry> files = new ArrayList<>();
        List<Entry> dirs = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            for (Path p : stream) {
                String name = p.getFileName().toString();
                if (name.startsWith(".")) {
                    continue;
                }
                BasicFileAttributes attrs = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                boolean link = attrs.isSymbolicLink();
                boolean isDir = link ? Files.isDirectory(p) : attrs.isDirectory();
                boolean isFile = link ? Files.isRegularFile(p) : attrs.isRegularFile();
                if (isFile && isCandidate(name)) {
                    files.add(new Entry(name, p, link ? realPath(p) : realDir.resolve(name)));
                } else if (isDir && recursive && !name.equals("__pycache__")) {
                    dirs.add(new Entry(name, p, link ? realPath(p) : realDir.resolve(name)));
                }
            }
        } catch (IOException e) {
            throw new AlembicException("Can't list version directory " + dir + ": " + e, e);
        }
        files.sort(Comparator.comparing(Entry::name, CODE_POINT_ORDER));
        for (Entry f : files) {
            if (seen.add(f.real())) {
                found.add(f.path());
            } else {
                LOG.warn("File {} loaded twice! ignoring. Please ensure version_locations is unique.", f.real());
            }
        }
        dirs.sort(Comparator.comparing(Entry::name, CODE_POINT_ORDER));
        for (Entry d : dirs) {
            if (!seenDirs.contains(d.real())) { // a link back up the tree would never end
                scanDirectory(d.path(), d.real());
            }
        }
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            throw new AlembicException("Can't resolve " + p + ": " + e, e);
        }
    }

    private record Entry(String name, Path path, Path real) {
    }
}
