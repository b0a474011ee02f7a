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
    private final List<RevisionFile> found = new ArrayList<>();

    private RevisionScanner(boolean recursive) {
        this.recursive = recursive;
    }

    /** The revision files under {@code locations}; locations that don't exist are skipped. */
    static List<RevisionFile> scan(List<Path> locations, boolean recursive) {
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
        // Names first, as plain strings (one native call), and a stat only for names that can be a
        // revision file or, when recursive, a directory: on a versions folder of 1000 revisions
        // this is several times cheaper than a DirectoryStream of Paths. The stat also gives the
        // header index its stamp, so no file is looked at twice.
        for (String name : listNames(dir)) {
            boolean candidate = isCandidate(name);
            if (name.startsWith(".") || !(candidate || recursive)) {
                continue;
            }
            Path p = dir.resolve(name);
            BasicFileAttributes attrs = attributes(p, LinkOption.NOFOLLOW_LINKS);
            if (attrs == null) {
                continue; // removed while we were listing
            }
            boolean link = attrs.isSymbolicLink();
            if (link) {
                attrs = attributes(p);
                if (attrs == null) {
                    continue; // a dangling link
                }
            }
            if (attrs.isRegularFile() && candidate) {
                files.add(new Entry(name, p, link ? realPath(p) : realDir.resolve(name), attrs));
            } else if (attrs.isDirectory() && recursive && !name.equals("__pycache__")) {
                dirs.add(new Entry(name, p, link ? realPath(p) : realDir.resolve(name), attrs));
            }
        }
        files.sort(Comparator.comparing(Entry::name, CODE_POINT_ORDER));
        for (Entry f : files) {
            if (seen.add(f.real())) {
                found.add(RevisionFile.of(f.path(), f.attrs()));
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

    private static String[] listNames(Path dir) {
        String[] names = dir.toFile().list();
        if (names != null) {
            return names;
        }
        // File.list() says nothing about why; ask again the way that throws the reason.
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            List<String> out = new ArrayList<>();
            stream.forEach(p -> out.add(p.getFileName().toString()));
            return out.toArray(new String[0]);
        } catch (IOException e) {
            throw new AlembicException("Can't list version directory " + dir + ": " + e, e);
        }
    }

    private static BasicFileAttributes attributes(Path p, LinkOption... options) {
        try {
            return Files.readAttributes(p, BasicFileAttributes.class, options);
        } catch (IOException e) {
            return null;
        }
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            throw new AlembicException("Can't resolve " + p + ": " + e, e);
        }
    }

    private record Entry(String name, Path path, Path real, BasicFileAttributes attrs) {
    }
}
