package org.alembic4j.script;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.alembic4j.AlembicException;
import org.alembic4j.internal.logging.Loggers;
import org.slf4j.Logger;

/**
 * Finds the revision files of the version locations, in revision-map order: locations in the
 * order configured, and within each the files sorted by name, then (when recursive) each
 * subdirectory in sorted order, depth first. Candidates end in {@code .java} or {@code .sql};
 * hidden names (a leading {@code .}, which covers Emacs's {@code .#} lock files) and names
 * starting with {@code __init__} are skipped, as are hidden subdirectories. A file reached twice
 * through overlapping locations or links is taken once, with Alembic's warning.
 *
 * <p>Every command that reads the graph runs this over the whole versions folder in a fresh JVM,
 * so it does per file only what it must: one stat (which also stamps the file for the header
 * index), no per-file objects besides the path and the result, no lambdas.
 */
final class RevisionScanner {

    /** Made on the first warning: the first logger of a command starts SLF4J, which a listing need not. */
    private static final class Log {
        static final Logger LOG = Loggers.named("alembic.util.messaging");
    }

    /** File names compared by Unicode code point, as Python's {@code sorted()} does. */
    static final Comparator<String> CODE_POINT_ORDER = new CodePointOrder();

    private final boolean recursive;
    private final Set<Path> seenDirs = new HashSet<>();
    /** The files taken so far, as their real paths split in two: real directory, then file names. */
    private final Map<Path, Set<String>> taken = new HashMap<>();
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
        return !name.startsWith(".") && !name.startsWith("__init__") && RevisionFormat.forFileName(name) != null;
    }

    private void scanDirectory(Path dir, Path realDir) {
        seenDirs.add(realDir);
        // Names first, as plain strings (one native call), sorted once, and a stat only for names
        // that can be a revision file or, when recursive, a directory: on a versions folder of
        // 1000 revisions this is several times cheaper than a DirectoryStream of Paths. The stat
        // also gives the header index its stamp, so no file is looked at twice.
        String[] names = listNames(dir);
        sortByCodePoint(names);
        Set<String> takenHere = takenIn(realDir);
        List<Path> subdirs = new ArrayList<>();
        List<Path> realSubdirs = new ArrayList<>();
        for (String name : names) {
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
                Path real = link ? realPath(p) : null;
                boolean first = real == null ? takenHere.add(name)
                        : takenIn(real.getParent()).add(real.getFileName().toString());
                if (first) {
                    found.add(RevisionFile.of(dir, name, p, attrs));
                } else {
                    Log.LOG.warn("File {} loaded twice! ignoring. Please ensure version_locations is unique.",
                            real == null ? realDir.resolve(name) : real);
                }
            } else if (attrs.isDirectory() && recursive && !name.equals("__pycache__")) {
                subdirs.add(p);
                realSubdirs.add(link ? realPath(p) : realDir.resolve(name));
            }
        }
        for (int i = 0; i < subdirs.size(); i++) {
            if (!seenDirs.contains(realSubdirs.get(i))) { // a link back up the tree would never end
                scanDirectory(subdirs.get(i), realSubdirs.get(i));
            }
        }
    }

    private Set<String> takenIn(Path realDir) {
        Set<String> names = taken.get(realDir);
        if (names == null) {
            names = new HashSet<>();
            taken.put(realDir, names);
        }
        return names;
    }

    /**
     * Sorts by code point. Only a surrogate pair orders differently by UTF-16 unit than by code
     * point, and {@code codePointCount} answers without looking at a string that has none (a
     * Latin-1 one), so the usual case is the JDK's own sort of strings, with no comparator.
     */
    private static void sortByCodePoint(String[] names) {
        for (String name : names) {
            if (name.codePointCount(0, name.length()) != name.length()) {
                Arrays.sort(names, CODE_POINT_ORDER);
                return;
            }
        }
        Arrays.sort(names);
    }

    private static String[] listNames(Path dir) {
        String[] names = dir.toFile().list();
        if (names != null) {
            return names;
        }
        // File.list() says nothing about why; ask again the way that throws the reason.
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
            List<String> out = new ArrayList<>();
            for (Path p : stream) {
                out.add(p.getFileName().toString());
            }
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

    /** Python's string order: by code point, so a surrogate pair sorts after every BMP character. */
    private static final class CodePointOrder implements Comparator<String> {
        @Override
        public int compare(String a, String b) {
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
        }
    }
}
